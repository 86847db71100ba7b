namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// A generated (or pending) report. The period is a span of calendar days in <see cref="TimeZone"/>, both ends
/// included; <see cref="From"/> and <see cref="Until"/> are its instants (Until exclusive). The content is stored in
/// <see cref="ReportChunk"/>s; its SHA-256 digest and HMAC signature are kept here so that verify can detect a change.
/// </summary>
internal sealed class Report
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public ReportType Type { get; init; }

    public ReportTrigger Trigger { get; init; }

    /// <summary><c>{type}/{periodStart}/{periodEnd}</c> for a scheduled report, unique: a schedule that fires twice
    /// (two hosts, a recovered misfire) makes one report. Null for on-demand reports.</summary>
    public string? ScheduleKey { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    /// <summary>IANA time zone the period's days are counted in.</summary>
    public required string TimeZone { get; init; }

    public DateTimeOffset From { get; init; }

    public DateTimeOffset Until { get; init; }

    public ReportStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The caller's key or token subject, or <c>schedule</c>.</summary>
    public required string RequestedBy { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why generation failed (no personal data).</summary>
    public string? Failure { get; set; }

    public long RowCount { get; set; }

    public long ContentLength { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored content.</summary>
    public string? Sha256 { get; set; }

    /// <summary>Base64 HMAC-SHA256 over the digest and the report's identity, under <see cref="SigningKeyId"/>.</summary>
    public string? Signature { get; set; }

    public string? SigningKeyId { get; set; }

    /// <summary>The headline figures and flags as JSON: what the HTML summary and the email show.</summary>
    public string? Summary { get; set; }
}
