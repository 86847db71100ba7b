namespace ComplianceHub.Shared.Audit;

/// <summary>What a caller asks the trail to record. <paramref name="Data"/> must hold no personal data; <paramref name="Reason"/> is encrypted.</summary>
public sealed record AuditRecord(string Type, string Actor, string Subject, IReadOnlyDictionary<string, string?>? Data = null, string? Reason = null)
{
    public const string SystemActor = "system";
}
