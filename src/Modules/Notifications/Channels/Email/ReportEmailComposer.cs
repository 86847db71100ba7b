using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>The MIME message of a report: HTML summary, a plain-text pointer, the CSV as a <c>text/csv</c> attachment.</summary>
internal static class ReportEmailComposer
{
    public const string ReportHeader = "X-ComplianceHub-Report";

    public static MimeMessage Compose(ReportEmail report, MailboxAddress to, EmailOptions options, DateTimeOffset now)
    {
        var body = new BodyBuilder
        {
            HtmlBody = report.HtmlSummary,
            TextBody = $"{report.Subject}\n\nThe summary is in the HTML part of this email. SHA-256 of the stored report: {report.Sha256}\n",
        };
        if (report.Attachment is { } csv)
        {
            body.Attachments.Add(report.AttachmentFileName, csv, new ContentType("text", "csv") { Charset = "utf-8" });
        }

        return EmailComposer.Automated(options, to, now, report.DeliveryId, report.Subject, body, ReportHeader, report.ReportId.ToString());
    }
}
