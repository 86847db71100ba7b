using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>A validated request: trimmed and ready to apply.</summary>
internal sealed record ProcessingActivityFields(
    string Name, List<string> Purposes, List<string> DataSubjectCategories, List<string> PersonalDataCategories,
    List<string> RecipientCategories, List<Guid> Transfers, string Retention, string SecurityMeasures)
{
    public void ApplyTo(ProcessingActivity activity)
    {
        activity.Name = Name;
        activity.Purposes = Purposes;
        activity.DataSubjectCategories = DataSubjectCategories;
        activity.PersonalDataCategories = PersonalDataCategories;
        activity.RecipientCategories = RecipientCategories;
        activity.Transfers = Transfers;
        activity.Retention = Retention;
        activity.SecurityMeasures = SecurityMeasures;
    }

    public static ProcessingActivityView View(ProcessingActivity a) => new()
    {
        Id = a.Id,
        OrganizationId = a.OrganizationId,
        Revision = a.Revision,
        Name = a.Name,
        Purposes = a.Purposes,
        DataSubjectCategories = a.DataSubjectCategories,
        PersonalDataCategories = a.PersonalDataCategories,
        RecipientCategories = a.RecipientCategories,
        Transfers = a.Transfers,
        Retention = a.Retention,
        SecurityMeasures = a.SecurityMeasures,
        CreatedAt = a.CreatedAt,
        UpdatedAt = a.UpdatedAt,
    };
}
