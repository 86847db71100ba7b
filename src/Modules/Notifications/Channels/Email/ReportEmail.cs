namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>One report email to one recipient: the HTML summary as the body, the CSV attached.</summary>
internal sealed record ReportEmail(
    Guid ReportId, Guid DeliveryId, int RecipientIndex, string To, string Subject, string HtmlSummary,
    string AttachmentFileName, byte[]? Attachment, string Sha256);
