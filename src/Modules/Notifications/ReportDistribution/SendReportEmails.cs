namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>
/// Sends a report's email to the recipients at <see cref="Pending"/> (indexes into <see cref="Recipients"/>); scheduled
/// again with the ones that failed transiently until the delivery retry window is spent.
/// </summary>
public sealed record SendReportEmails
{
    public required Guid ReportId { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string ReportType { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required IReadOnlyList<int> Pending { get; init; }

    public required string Subject { get; init; }

    public required string HtmlSummary { get; init; }

    public required string AttachmentFileName { get; init; }

    public byte[]? Attachment { get; init; }

    public required string Sha256 { get; init; }

    public int Attempt { get; init; } = 1;

    public required DateTimeOffset FirstAttemptAt { get; init; }
}
