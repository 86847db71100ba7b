using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// Keys for effects outside the database (an email, an SMS, a webhook call): derived from the message being handled,
/// so a redelivered or replayed copy produces the same key and the receiving provider can drop the repeat.
/// </summary>
public static class ProviderIdempotencyKeys
{
    /// <param name="effect">What the key is for, e.g. "email:dpo-42": one message may cause several effects.</param>
    public static string For(ConsumeContext context, string effect)
    {
        var messageId = context.GetOriginalMessageId() ?? throw new InvalidOperationException("An idempotency key needs a message id.");
        return For(messageId, effect);
    }

    public static string For(Guid messageId, string effect)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{messageId:N}:{effect}"));
        return Convert.ToBase64String(hash, 0, 24).Replace('+', '-').Replace('/', '_');
    }
}
