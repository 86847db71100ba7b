namespace ComplianceHub.Breaches.Workflow;

/// <summary>A reminder timer of the breach workflow came due.</summary>
public sealed record AuthorityReminderTimer(Guid BreachId, int Reminder);

/// <summary>The Art. 33(1) deadline timer came due.</summary>
public sealed record AuthorityDeadlineTimer(Guid BreachId);

/// <summary>The Art. 33(2) processor-to-controller timer came due.</summary>
public sealed record ControllerNotificationTimer(Guid BreachId);
