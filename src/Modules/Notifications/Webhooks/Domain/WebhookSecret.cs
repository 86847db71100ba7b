using System.Security.Cryptography;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>A signing secret in the Standard Webhooks format: <c>whsec_</c> + base64 of random bytes.</summary>
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>32 bytes: the HMAC-SHA256 block-size sweet spot, inside the spec's 24–64.</summary>
    private const int Bytes = 32;

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The HMAC key: the base64-decoded part after the prefix.</summary>
    public static byte[] Key(string secret) =>
        secret.StartsWith(Prefix, StringComparison.Ordinal)
            ? Convert.FromBase64String(secret[Prefix.Length..])
            : throw new FormatException("A webhook secret starts with " + Prefix + ".");
}
