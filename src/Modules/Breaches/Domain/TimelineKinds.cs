namespace ComplianceHub.Breaches.Domain;

/// <summary>The kinds of entries in a breach timeline.</summary>
public static class TimelineKinds
{
    public const string Reported = "Reported";
    public const string ClockStarted = "ClockStarted";
    public const string RiskAssessed = "RiskAssessed";
    public const string AuthorityNotified = "AuthorityNotified";
    public const string ReminderSent = "AuthorityNotificationDue";
    public const string DeadlineMissed = "AuthorityNotificationDeadlineMissed";
    public const string SubjectCommunicationRequired = "DataSubjectCommunicationRequired";
    public const string SubjectsInformed = "DataSubjectsInformed";
    public const string SubjectExemption = "SubjectCommunicationExemption";
    public const string ControllerNotificationDue = "ControllerNotificationDue";
    public const string ControllerNotified = "ControllerNotified";
    public const string StatusChanged = "StatusChanged";
    public const string Closed = "Closed";

    /// <summary>The workflow's own actor name in the timeline.</summary>
    public const string Workflow = "workflow";
}
