namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>An organisation's API key: only its SHA-256 digest is stored; the key itself was shown once.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    /// <summary>Null for a platform key (operators, auditors of the platform), which no organisation owns.</summary>
    public Guid? OrganizationId { get; set; }

    public required string Name { get; set; }

    public required List<string> Roles { get; set; }

    public required byte[] KeyHash { get; set; }

    /// <summary>The first characters of the key, so a holder can tell which of their keys this is.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
