namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>What happened to a request, and when. Details carry ids and dates, never the subject's data.</summary>
internal sealed class TimelineEntry
{
    public long Id { get; init; }

    public Guid RequestId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Kind { get; init; }

    public required string Actor { get; init; }

    public required string Detail { get; init; }
}
