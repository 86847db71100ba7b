namespace ComplianceHub.Breaches.Workflow;

/// <summary>Reminder number <see cref="Number"/> (1-based) fires at <see cref="At"/>.</summary>
internal sealed record ReminderPlan(int Number, DateTimeOffset At);
