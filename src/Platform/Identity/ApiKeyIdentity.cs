namespace ComplianceHub.Shared.Identity;

/// <summary>What an organisation key grants.</summary>
public sealed record ApiKeyIdentity(Guid Id, Guid? OrganizationId, IReadOnlyList<string> Roles, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);
