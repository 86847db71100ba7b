namespace ComplianceHub.Reporting.Reports;

/// <summary>A slice of a report's stored content: generation writes and readers stream them in order, never the whole.</summary>
internal sealed class ReportChunk
{
    public Guid ReportId { get; init; }

    public int Sequence { get; init; }

    public required byte[] Data { get; init; }
}
