using ComplianceHub.Security.Rules;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Security.Ingestion;

/// <summary>Checks one event and names each bad field with its path (<c>items[3].details.principal</c> in a batch).</summary>
internal static class SecurityEventValidator
{
    /// <summary>Older instants are typos (and would overflow the windows' arithmetic).</summary>
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ValidEvent? Validate(SecurityEventRequest? request, string prefix, ValidationErrors errors, DateTimeOffset now, TimeSpan skew)
    {
        if (request is null)
        {
            errors.Add(prefix.TrimEnd('.') is { Length: > 0 } item ? item : "body", "Required.");
            return null;
        }

        var before = errors.Fields.Count;
        var type = RequestEnums.Parse<SecurityEventType>(errors, prefix + "type", request.Type, required: true);
        errors.Text(prefix + "externalId", request.ExternalId, SecurityLimits.ExternalIdLength, required: true, multiline: false)
            .Text(prefix + "source", request.Source, SecurityLimits.SourceLength, required: true, multiline: false)
            .When(request.OccurredAt is null, prefix + "occurredAt", "Required.")
            .When(request.OccurredAt > now + skew, prefix + "occurredAt", "Must not be in the future.")
            .When(request.OccurredAt < Earliest, prefix + "occurredAt", "Must not be before 2000-01-01.")
            .When(request.Country is not null && !CountryCode.IsValid(request.Country), prefix + "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        var details = request.Details;
        if (details is null)
        {
            errors.Add(prefix + "details", "Required.");
        }
        else if (type is { } known)
        {
            ValidateDetails(known, details, prefix + "details.", errors, now, skew);
        }

        return errors.Fields.Count > before || type is null || details is null
            ? null
            : new ValidEvent(request with { Country = request.Country?.ToUpperInvariant() }, type.Value, details);
    }

    private static void ValidateDetails(SecurityEventType type, SecurityEventDetails d, string prefix, ValidationErrors errors, DateTimeOffset now, TimeSpan skew)
    {
        switch (type)
        {
            case SecurityEventType.AccessControl:
                errors.Text(prefix + "principal", d.Principal, SecurityLimits.PrincipalLength, required: true, multiline: false)
                    .Text(prefix + "resource", d.Resource, SecurityLimits.NameLength, required: true, multiline: false)
                    .When(d.RecordsRead is < 0, prefix + "recordsRead", "Must not be negative.");
                RequestEnums.Parse<AccessOutcome>(errors, prefix + "outcome", d.Outcome, required: true);
                break;
            case SecurityEventType.EncryptionStatus:
                errors.Text(prefix + "system", d.System, SecurityLimits.NameLength, required: true, multiline: false)
                    .Text(prefix + "algorithm", d.Algorithm, 100, required: false, multiline: false)
                    .When(d.KeyAgeDays is < 0, prefix + "keyAgeDays", "Must not be negative.");
                RequestEnums.Parse<EncryptionState>(errors, prefix + "status", d.Status, required: true);
                break;
            case SecurityEventType.BackupVerification:
                errors.Text(prefix + "system", d.System, SecurityLimits.NameLength, required: true, multiline: false)
                    .When(d.RestoreSucceeded is null, prefix + "restoreSucceeded", "Required.")
                    .When(d.TestedAt is null, prefix + "testedAt", "Required.")
                    .When(d.TestedAt < Earliest || d.TestedAt > now + skew, prefix + "testedAt", "Between 2000-01-01 and now.")
                    .When(d.RpoMinutes is < 0, prefix + "rpoMinutes", "Must not be negative.");
                break;
            case SecurityEventType.VulnerabilityScan:
                errors.Text(prefix + "issueId", d.IssueId, SecurityLimits.NameLength, required: false, multiline: false)
                    .Text(prefix + "title", d.Title, SecurityLimits.TitleLength, required: true, multiline: false)
                    .Text(prefix + "asset", d.Asset, SecurityLimits.NameLength, required: true, multiline: false)
                    .When(!CvssPriority.IsValid(d.CvssScore), prefix + "cvssScore", "Required: a CVSS v3 base score from 0.0 to 10.0.");
                break;
        }
    }
}
