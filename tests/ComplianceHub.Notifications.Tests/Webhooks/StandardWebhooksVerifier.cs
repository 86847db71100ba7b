using System.Security.Cryptography;

namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// A receiver's check, written from the Standard Webhooks specification text and sharing no code with the product:
/// the signed content is <c>id.timestamp.body</c>; the key is the base64 after <c>whsec_</c>; the header holds
/// space-separated <c>v1,&lt;base64 HMAC-SHA256&gt;</c> entries, any of which may match (compared in constant time);
/// a timestamp more than five minutes from now is refused (replay protection).
/// </summary>
internal static class StandardWebhooksVerifier
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Null when valid, else why not.</summary>
    public static string? Problem(string secret, string? id, string? timestamp, string? signatureHeader, string body, DateTimeOffset now)
    {
        if (id is null || timestamp is null || signatureHeader is null)
        {
            return "missing header";
        }

        if (!long.TryParse(timestamp, out var seconds) || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return "timestamp outside the tolerance";
        }

        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        using var hmac = new HMACSHA256(key);
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + body));
        foreach (var entry in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(',', 2);
            if (parts.Length == 2 && parts[0] == "v1"
                && CryptographicOperations.FixedTimeEquals(expected, Convert.FromBase64String(parts[1])))
            {
                return null;
            }
        }

        return "no matching v1 signature";
    }
}
