namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>The answer to creating a key: the only time <paramref name="Key"/> is ever shown.</summary>
public sealed record ApiKeyCreated(Guid Id, string Key, string Name, IReadOnlyList<string> Roles, DateTimeOffset? ExpiresAt);
