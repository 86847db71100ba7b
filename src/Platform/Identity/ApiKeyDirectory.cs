using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// Finds the organisation key behind a presented key by its digest. Lookups are cached briefly so a busy integration
/// does not cost a query per request; a revocation on this host takes effect at once, on other hosts within
/// <see cref="CacheFor"/>.
/// </summary>
public sealed class ApiKeyDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyIdentity? Identity, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<ApiKeyIdentity?> FindAsync(byte[] keyHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cacheKey = Convert.ToBase64String(keyHash);
        if (!_cache.TryGetValue(cacheKey, out var cached) || cached.Until <= now)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == keyHash, cancellationToken);
            cached = (key is null ? null : new ApiKeyIdentity(key.Id, key.OrganizationId, [.. key.Roles], key.ExpiresAt, key.RevokedAt), now + CacheFor);
            if (_cache.Count > 10_000)
            {
                _cache.Clear(); // bounded: someone is trying many keys
            }

            _cache[cacheKey] = cached;
        }

        return cached.Identity is { } identity && identity.RevokedAt is null && (identity.ExpiresAt is null || identity.ExpiresAt > now) ? identity : null;
    }

    /// <summary>Forgets every cached lookup of a key that was just revoked.</summary>
    public void Evict(Guid keyId)
    {
        foreach (var entry in _cache.Where(e => e.Value.Identity?.Id == keyId))
        {
            _cache.TryRemove(entry.Key, out _);
        }
    }
}
