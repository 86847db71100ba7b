namespace ComplianceHub.Shared.Audit;

/// <summary>
/// What a caller asks the trail to record. <paramref name="Data"/> must hold no personal data; <paramref name="Reason"/>
/// is encrypted. <paramref name="OrganizationId"/> is the organisation the act concerns: its own Auditors see the entry.
/// </summary>
public sealed record AuditRecord(
    string Type, string Actor, string Subject, IReadOnlyDictionary<string, string?>? Data = null, string? Reason = null, Guid? OrganizationId = null)
{
    public const string SystemActor = "system";
}
