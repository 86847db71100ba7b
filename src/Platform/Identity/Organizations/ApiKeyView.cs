namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>A key as listed: never the key, never its digest.</summary>
public sealed record ApiKeyView(
    Guid Id, Guid? OrganizationId, string Name, IReadOnlyList<string> Roles, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyView Of(ApiKey k) => new(k.Id, k.OrganizationId, k.Name, k.Roles, k.Prefix, k.CreatedAt, k.ExpiresAt, k.RevokedAt);
}
