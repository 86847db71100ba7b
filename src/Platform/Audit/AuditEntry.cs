namespace ComplianceHub.Shared.Audit;

/// <summary>
/// One link of the audit chain (Art. 5(2), 30, 33(5)): who did what to which subject, when. <see cref="Hash"/> is
/// SHA-256 over the entry's canonical form and <see cref="PreviousHash"/>; <see cref="Signature"/> is an HMAC of the
/// hash under <see cref="KeyId"/>. No personal data in clear: actors and subjects are ids, free text is encrypted.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3, … without gaps: a missing number is a deleted entry.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    /// <summary>Whole milliseconds, so every provider stores exactly what was hashed.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened, e.g. <c>dead-letter.payload-viewed</c> (<see cref="AuditTypes"/>).</summary>
    public required string Type { get; set; }

    /// <summary>The API key or token subject, or <c>system</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>What it happened to, e.g. <c>dead-letter:{id}</c>.</summary>
    public required string Subject { get; set; }

    /// <summary>The organisation the act concerns (none for platform acts): what an organisation's Auditor may read.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>Facts free of personal data, as a JSON object.</summary>
    public required string Data { get; set; }

    /// <summary>The reason an operator gave, encrypted (it is free text): AES-256-GCM, the entry id as associated data.</summary>
    public byte[]? Reason { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public required string KeyId { get; set; }

    public required string Signature { get; set; }
}
