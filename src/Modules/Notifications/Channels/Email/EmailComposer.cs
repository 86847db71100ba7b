using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>Turns a channel message into the MIME message: text and HTML alternatives, headers that tie it to the alert.</summary>
internal static class EmailComposer
{
    public const string AlertHeader = "X-ComplianceHub-Alert";

    public static MimeMessage Compose(ChannelMessage message, MailboxAddress to, EmailOptions options, DateTimeOffset now)
    {
        var from = MailboxAddress.Parse(options.From);
        from.Name = options.FromName;
        var email = new MimeMessage
        {
            Subject = $"[{message.Priority}] {message.Title}",
            Date = now,

            // Known before sending, so the evidence row names it whatever the relay answers; a redelivered copy of
            // the same delivery carries the same id, which lets receiving systems drop the repeat.
            MessageId = MessageIdFor(message.DeliveryId, from.Domain),
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody(),
        };
        email.From.Add(from);
        email.To.Add(to);
        email.Headers.Add(AlertHeader, message.AlertId.ToString());

        // RFC 3834: out-of-office robots must not answer an alert.
        email.Headers.Add("Auto-Submitted", "auto-generated");
        return email;
    }

    public static string MessageIdFor(Guid deliveryId, string domain) => $"{deliveryId:N}@{domain}";
}
