namespace ComplianceHub.Reporting.RequestLog;

/// <summary>
/// The Reporting module's projection of one rights request, from the DataSubjectRequests contract events: what the
/// Data Subject Request Log shows (type, received, due, extended, completed, outcome). No personal data.
/// Events may arrive in any order: a row created by a later event waits, without <see cref="RequestType"/> and
/// <see cref="ReceivedAt"/>, for its Received event, and reports leave it out until then.
/// </summary>
internal sealed class RequestLogEntry
{
    public Guid RequestId { get; init; }

    public Guid OrganizationId { get; init; }

    /// <summary>Null until the Received event has arrived.</summary>
    public string? RequestType { get; set; }

    /// <summary>Null until the Received event has arrived; the Art. 12(3) clock runs from it.</summary>
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>The latest deadline known (an extension only moves it later, Art. 12(3)).</summary>
    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? ExtendedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Outcome { get; set; }
}
