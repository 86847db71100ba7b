namespace ComplianceHub.Shared.Identity.Organizations;

public sealed record CreateApiKeyRequest(string? Name, List<string?>? Roles, DateTimeOffset? ExpiresAt);
