using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>
/// Signed, expiring acknowledgement links for emails and SMS: the token names the alert and the DPO it was sent to and
/// carries an HMAC under the message key ring, so it cannot be forged or pointed at another alert. Once the alert is
/// acknowledged (or resolved) every link of it is spent, and a link of a DPO removed from the directory is dead
/// (<see cref="AcknowledgeLinkEndpoints"/>). Only email and SMS, addressed to the DPO alone, carry one.
/// </summary>
public sealed class AcknowledgeLinks(MessageKeyRing keys, NotificationsOptions options, TimeProvider clock)
{
    private const string Purpose = "compliancehub/alert-ack/v1";

    public string UrlFor(Guid alertId, Guid dpoId)
    {
        var expires = (clock.GetUtcNow() + options.AcknowledgeLinkLifetime).ToUnixTimeSeconds();
        var payload = string.Create(CultureInfo.InvariantCulture, $"{alertId:N}.{dpoId:N}.{expires}");
        var (keyId, signature) = keys.SignRecord(Purpose, Encoding.UTF8.GetBytes(payload));
        var token = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{payload}.{keyId}.{signature}"));
        return $"{options.PublicBaseUrl.TrimEnd('/')}/ack/{token}";
    }

    /// <summary>The link's alert and DPO when the signature holds and it has not expired.</summary>
    public AcknowledgeLinkResult Read(string token)
    {
        string text;
        try
        {
            text = token.Length is > 0 and <= 1000 ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)) : "";
        }
        catch (FormatException)
        {
            return AcknowledgeLinkResult.Invalid;
        }

        // alert.dpo.expires.keyId.signature — the key id may contain dots, the base64 signature cannot.
        var parts = text.Split('.', 4);
        var split = parts.Length == 4 ? parts[3].LastIndexOf('.') : -1;
        if (split <= 0 || !Guid.TryParseExact(parts[0], "N", out var alertId) || !Guid.TryParseExact(parts[1], "N", out var dpoId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return AcknowledgeLinkResult.Invalid;
        }

        var payload = $"{parts[0]}.{parts[1]}.{parts[2]}";
        if (!keys.VerifyRecord(Purpose, parts[3][..split], Encoding.UTF8.GetBytes(payload), parts[3][(split + 1)..]))
        {
            return AcknowledgeLinkResult.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expires
            ? AcknowledgeLinkResult.Expired(alertId, dpoId)
            : AcknowledgeLinkResult.Valid(alertId, dpoId);
    }
}
