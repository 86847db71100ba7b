namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>A time the Art. 12(3) clock stood still while information to identify the subject was awaited (Art. 12(6)).</summary>
internal sealed class ClockPause
{
    public Guid Id { get; init; }

    public Guid RequestId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }
}
