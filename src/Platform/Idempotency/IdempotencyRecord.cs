namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// The first answer to a creating POST sent with an <c>Idempotency-Key</c>, replayed to retries with the same key.
/// Neither the key nor the caller is stored in clear: <see cref="KeyHash"/> is SHA-256 over both.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }

    /// <summary>Hex SHA-256 of the caller and the key; unique, so a concurrent duplicate loses on insert.</summary>
    public required string KeyHash { get; set; }

    /// <summary>Hex SHA-256 of the method, path, query and body the key was first used with.</summary>
    public required string Fingerprint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ContentType { get; set; }

    /// <summary>The answer's body, encrypted with <see cref="MessageSecurity.PersonalDataProtector"/> (it may carry personal data).</summary>
    public string Body { get; set; } = "";
}
