namespace ComplianceHub.DataSubjectRequests.Contracts;

/// <summary>A fulfilment system's answer on the bus: its part of the request is done.</summary>
public sealed record DataSubjectRequestTaskCompleted
{
    public required Guid RequestId { get; init; }

    public required Guid TaskId { get; init; }

    /// <summary>What the system did, e.g. "Exported" or "Deleted".</summary>
    public required string Outcome { get; init; }

    /// <summary>A reference to what was done (not personal data).</summary>
    public string? Evidence { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The <see cref="FulfilDataSubjectRequest.CompletionToken"/> of the task; without it the answer is refused (and audited).</summary>
    public string? CompletionToken { get; init; }
}
