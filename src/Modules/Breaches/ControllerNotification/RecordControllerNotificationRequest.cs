namespace ComplianceHub.Breaches.ControllerNotification;

/// <summary>The body of <c>POST /api/v1/breaches/{id}/controller-notification</c> (Art. 33(2)).</summary>
public sealed record RecordControllerNotificationRequest
{
    /// <summary>When we, as processor, told the controller.</summary>
    public DateTimeOffset? NotifiedAt { get; init; }
}
