using System.Text.Json;

namespace ComplianceHub.Reporting.Reports.Get;

/// <summary>A report's metadata: status, period, digest and, once completed, its summary.</summary>
public sealed record ReportView
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string Type { get; init; }

    public required string Trigger { get; init; }

    public required string Status { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required string TimeZone { get; init; }

    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset Until { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string? Failure { get; init; }

    public required long RowCount { get; init; }

    public required long ContentLength { get; init; }

    public string? Sha256 { get; init; }

    public string? SigningKeyId { get; init; }

    /// <summary>Only in the single-report view.</summary>
    public JsonElement? Summary { get; init; }

    /// <summary>Only in the single-report view, once the report's email distribution has ended.</summary>
    public ReportDistributionView? Distribution { get; init; }

    internal static ReportView Of(Report r, bool withSummary) => new()
    {
        Id = r.Id,
        OrganizationId = r.OrganizationId,
        Type = r.Type.ToString(),
        Trigger = r.Trigger.ToString(),
        Status = r.Status.ToString(),
        PeriodStart = r.PeriodStart,
        PeriodEnd = r.PeriodEnd,
        TimeZone = r.TimeZone,
        From = r.From,
        Until = r.Until,
        RequestedAt = r.RequestedAt,
        CompletedAt = r.CompletedAt,
        Failure = r.Failure,
        RowCount = r.RowCount,
        ContentLength = r.ContentLength,
        Sha256 = r.Sha256,
        SigningKeyId = r.SigningKeyId,
        Summary = withSummary && r.Summary is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null,
    };
}
