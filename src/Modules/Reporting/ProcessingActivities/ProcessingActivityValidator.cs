using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

internal static class ProcessingActivityValidator
{
    /// <summary>The checks on the body alone; null when anything is invalid.</summary>
    public static ProcessingActivityFields? Validate(ProcessingActivityRequest request, ValidationErrors errors)
    {
        errors.Text("name", request.Name, RegisterLimits.NameLength, required: true, multiline: false);
        errors.Text("retention", request.Retention, RegisterLimits.RetentionLength, required: true);
        errors.Text("securityMeasures", request.SecurityMeasures, RegisterLimits.SecurityMeasuresLength, required: true);
        var purposes = TextLists.Validate(errors, "purposes", request.Purposes, required: true, "Art. 30(1)(b)");
        var subjects = TextLists.Validate(errors, "dataSubjectCategories", request.DataSubjectCategories, required: true, "Art. 30(1)(c)");
        var data = TextLists.Validate(errors, "personalDataCategories", request.PersonalDataCategories, required: true, "Art. 30(1)(c)");
        var recipients = TextLists.Validate(errors, "recipientCategories", request.RecipientCategories, required: false, "Art. 30(1)(d)");
        var transfers = request.Transfers ?? [];
        errors.When(transfers.Count > RegisterLimits.MaxItems, "transfers", $"At most {RegisterLimits.MaxItems} transfers.");
        for (var i = 0; i < transfers.Count && i < RegisterLimits.MaxItems; i++)
        {
            errors.When(transfers[i] == Guid.Empty, $"transfers[{i}]", "Not a transfer id.")
                .When(transfers.Take(i).Contains(transfers[i]), $"transfers[{i}]", "Listed twice.");
        }

        return errors.IsValid && purposes is not null && subjects is not null && data is not null && recipients is not null
            ? new ProcessingActivityFields(request.Name!.Trim(), purposes, subjects, data, recipients, [.. transfers], request.Retention!.Trim(), request.SecurityMeasures!.Trim())
            : null;
    }

    /// <summary>Art. 30(1)(e): every transfer named must be an entry of the same organisation's transfer register.</summary>
    public static async Task CheckTransfersAsync(
        ReportingDbContext db, Guid organization, IReadOnlyList<Guid>? transfers, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var ids = (transfers ?? []).Take(RegisterLimits.MaxItems).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var known = await db.Transfers.AsNoTracking().Where(t => t.OrganizationId == organization && ids.Contains(t.Id))
            .Select(t => t.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            errors.When(ids[i] != Guid.Empty && !known.Contains(ids[i]), $"transfers[{i}]", "No entry of this organisation's transfer register has this id.");
        }
    }
}
