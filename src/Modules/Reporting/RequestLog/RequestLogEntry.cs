namespace ComplianceHub.Reporting.RequestLog;

/// <summary>
/// The Reporting module's projection of one rights request, from the DataSubjectRequests contract events: what the
/// Data Subject Request Log shows (type, received, due, extended, completed, outcome). No personal data.
/// </summary>
internal sealed class RequestLogEntry
{
    public Guid RequestId { get; init; }

    public Guid OrganizationId { get; init; }

    public required string RequestType { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? ExtendedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Outcome { get; set; }
}
