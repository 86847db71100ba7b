using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>The MIME message of a report: HTML summary, a plain-text pointer, the CSV as a <c>text/csv</c> attachment.</summary>
internal static class ReportEmailComposer
{
    public const string ReportHeader = "X-ComplianceHub-Report";

    public static MimeMessage Compose(ReportEmail report, MailboxAddress to, EmailOptions options, DateTimeOffset now)
    {
        var from = MailboxAddress.Parse(options.From);
        from.Name = options.FromName;
        var body = new BodyBuilder
        {
            HtmlBody = report.HtmlSummary,
            TextBody = $"{report.Subject}\n\nThe summary is in the HTML part of this email. SHA-256 of the stored report: {report.Sha256}\n",
        };
        if (report.Attachment is { } csv)
        {
            body.Attachments.Add(report.AttachmentFileName, csv, new ContentType("text", "csv") { Charset = "utf-8" });
        }

        var email = new MimeMessage
        {
            Subject = report.Subject,
            Date = now,
            MessageId = EmailComposer.MessageIdFor(report.DeliveryId, from.Domain),
            Body = body.ToMessageBody(),
        };
        email.From.Add(from);
        email.To.Add(to);
        email.Headers.Add(ReportHeader, report.ReportId.ToString());
        email.Headers.Add("Auto-Submitted", "auto-generated");
        return email;
    }
}
