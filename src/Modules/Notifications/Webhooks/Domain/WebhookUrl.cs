namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// Where deliveries may go: an absolute https URL (payloads and signatures must not cross networks in clear, Art. 32);
/// plain http only to this machine (loopback), for local receivers and tests. No credentials in the URL: they would be
/// shown back by every GET. Where the URL may point (public addresses, or networks the operator allows; plain http only
/// to an allow-listed loopback address) <see cref="ComplianceHub.Shared.Http.Outbound.OutboundAddressGuard"/> decides,
/// at registration and again at every connection.
/// </summary>
internal static class WebhookUrl
{
    public const int MaxLength = 2000;

    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "Required.";
        }

        if (url.Length > MaxLength)
        {
            return $"At most {MaxLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "An absolute https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "No user name or password in the URL.";
        }

        return null;
    }
}
