namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class OutboxBodiesTests
{
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_sealed_body_hides_its_text_records_its_key_and_opens_only_for_its_own_message()
    {
        var keys = Ring("k1");
        var messageId = Guid.NewGuid();

        var stored = OutboxBodies.Seal(keys, messageId, """{"message":{"name":"Jane Doe"}}""");

        Assert.DoesNotContain("Jane", stored, StringComparison.Ordinal);
        Assert.Equal("k1", OutboxBodies.KeyIdOf(stored));
        Assert.Equal("""{"message":{"name":"Jane Doe"}}""", OutboxBodies.Open(keys, messageId, stored));
        Assert.ThrowsAny<CryptographicException>(() => OutboxBodies.Open(keys, Guid.NewGuid(), stored));
    }

    [Fact]
    public void A_body_sealed_under_a_retired_key_still_opens_while_that_key_is_listed_and_not_after()
    {
        var messageId = Guid.NewGuid();
        var stored = OutboxBodies.Seal(Ring("k1"), messageId, "{}");

        Assert.Equal("{}", OutboxBodies.Open(Ring("k2"), messageId, stored));
        var withoutOldKey = new Dictionary<string, byte[]> { ["k2"] = _new };
        var ring = new MessageKeyRing(withoutOldKey, "k2", withoutOldKey, "k2", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        Assert.ThrowsAny<CryptographicException>(() => OutboxBodies.Open(ring, messageId, stored));
    }

    [Fact]
    public void A_body_stored_before_encryption_is_read_as_it_is()
    {
        const string legacy = """{"messageId":"x","message":{}}""";

        Assert.Equal(legacy, OutboxBodies.Open(Ring("k2"), Guid.NewGuid(), legacy));
        Assert.Null(OutboxBodies.KeyIdOf(legacy));
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }
}
