namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>The body of <c>POST /api/v1/alerts/{id}/acknowledge</c>.</summary>
public sealed record AcknowledgeRequest
{
    /// <summary>Optional; encrypted at rest.</summary>
    public string? Note { get; init; }
}
