using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>Standard Webhooks signature: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>, sent as <c>v1,&lt;base64&gt;</c>.</summary>
internal static class WebhookSigner
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.Key(secret), content));
    }
}
