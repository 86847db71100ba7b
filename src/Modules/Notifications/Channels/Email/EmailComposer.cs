using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>Turns a channel message into the MIME message: text and HTML alternatives, headers that tie it to the alert.</summary>
internal static class EmailComposer
{
    public const string AlertHeader = "X-ComplianceHub-Alert";

    public static MimeMessage Compose(ChannelMessage message, MailboxAddress to, EmailOptions options, DateTimeOffset now) => Automated(
        options, to, now, message.DeliveryId, $"[{message.Priority}] {message.Title}",
        new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }, AlertHeader, message.AlertId.ToString());

    /// <summary>An email the platform sends on its own (alert or report), tied by <paramref name="header"/> to what it carries.</summary>
    public static MimeMessage Automated(
        EmailOptions options, MailboxAddress to, DateTimeOffset now, Guid deliveryId, string subject, BodyBuilder body, string header, string headerValue)
    {
        var from = MailboxAddress.Parse(options.From);
        from.Name = options.FromName;
        var email = new MimeMessage
        {
            Subject = subject,
            Date = now,

            // Known before sending, so the evidence row names it whatever the relay answers; a redelivered copy of
            // the same delivery carries the same id, which lets receiving systems drop the repeat.
            MessageId = MessageIdFor(deliveryId, from.Domain),
            Body = body.ToMessageBody(),
        };
        email.From.Add(from);
        email.To.Add(to);
        email.Headers.Add(header, headerValue);

        // RFC 3834: out-of-office robots must not answer it.
        email.Headers.Add("Auto-Submitted", "auto-generated");
        return email;
    }

    public static string MessageIdFor(Guid deliveryId, string domain) => $"{deliveryId:N}@{domain}";
}
