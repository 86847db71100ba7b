namespace ComplianceHub.Reporting.Contracts;

/// <summary>
/// A generated report is to be emailed to its recipients: the HTML summary as the body and the CSV attached. The
/// Notifications module sends it and keeps the delivery evidence. Message bodies are encrypted on the wire and at rest.
/// </summary>
public sealed record ReportDistributionRequested
{
    public required Guid ReportId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>ProcessingActivitySummary, DataSubjectRequestLog, CrossBorderTransferAudit or ProcessorCompliance.</summary>
    public required string ReportType { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Email addresses.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public required string Subject { get; init; }

    public required string HtmlSummary { get; init; }

    public required string AttachmentFileName { get; init; }

    /// <summary>The CSV; null when it exceeds the attachment limit, and the summary then says where to fetch it.</summary>
    public byte[]? Attachment { get; init; }

    /// <summary>Lower-case hex SHA-256 of the stored report, so a recipient can check what they received.</summary>
    public required string Sha256 { get; init; }
}
