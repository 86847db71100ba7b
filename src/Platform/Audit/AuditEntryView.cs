namespace ComplianceHub.Shared.Audit;

/// <summary>An entry as auditors read it: the reason decrypted, the facts as a JSON object, hash and signature for their own checks.</summary>
public sealed record AuditEntryView(
    long Sequence,
    Guid Id,
    DateTimeOffset At,
    string Type,
    string Actor,
    string Subject,
    Guid? OrganizationId,
    JsonElement Data,
    string? Reason,
    string PreviousHash,
    string Hash,
    string KeyId,
    string Signature)
{
    public static AuditEntryView Of(AuditEntry e, AuditTrail trail)
    {
        using var data = JsonDocument.Parse(e.Data);
        return new(e.Sequence, e.Id, e.At, e.Type, e.Actor, e.Subject, e.OrganizationId, data.RootElement.Clone(), trail.ReasonOf(e), e.PreviousHash, e.Hash, e.KeyId, e.Signature);
    }
}
