using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// Standard Webhooks signing for modules that call out to other systems: a <c>whsec_</c> secret (base64 of 32 random
/// bytes) and HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, sent as <c>v1,&lt;base64&gt;</c>.
/// </summary>
public static class StandardWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";

    public static string GenerateSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new FormatException("A webhook secret starts with " + SecretPrefix + ".");
        }

        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}")));
    }
}
