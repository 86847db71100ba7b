namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class ProviderIdempotencyKeysTests
{
    [Fact]
    public void The_same_message_and_effect_always_give_the_same_key()
    {
        var messageId = Guid.NewGuid();

        Assert.Equal(ProviderIdempotencyKeys.For(messageId, "email:dpo-1"), ProviderIdempotencyKeys.For(messageId, "email:dpo-1"));
    }

    [Fact]
    public void Another_message_or_another_effect_gives_another_key()
    {
        var messageId = Guid.NewGuid();
        var key = ProviderIdempotencyKeys.For(messageId, "email:dpo-1");

        Assert.NotEqual(key, ProviderIdempotencyKeys.For(messageId, "sms:dpo-1"));
        Assert.NotEqual(key, ProviderIdempotencyKeys.For(Guid.NewGuid(), "email:dpo-1"));
        Assert.Matches("^[A-Za-z0-9_-]{32}$", key);
    }
}
