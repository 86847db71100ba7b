namespace ComplianceHub.Breaches.ControllerNotification;

/// <summary>The 202 answer: the processor's notice to the controller is on record.</summary>
public sealed record ControllerNotificationRecorded(Guid BreachId, DateTimeOffset NotifiedAt);
