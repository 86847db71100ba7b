namespace ComplianceHub.Shared.Tests.Identity;

public sealed class ApiKeyHashTests
{
    [Fact]
    public void A_key_matches_its_own_hash_and_no_other()
    {
        var key = ApiKeyHash.NewKey();
        var hash = ApiKeyHash.Of(key);

        Assert.True(ApiKeyHash.Matches(key, hash));
        Assert.False(ApiKeyHash.Matches(key + "x", hash));
        Assert.False(ApiKeyHash.Matches(key.ToUpperInvariant(), hash));
    }

    [Fact]
    public void New_keys_are_url_safe_and_never_repeat()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ => ApiKeyHash.NewKey()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Matches("^chk_[A-Za-z0-9_-]{43}$", k));
    }
}
