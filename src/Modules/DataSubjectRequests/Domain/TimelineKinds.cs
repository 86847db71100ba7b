namespace ComplianceHub.DataSubjectRequests.Domain;

internal static class TimelineKinds
{
    public const string Received = "Received";
    public const string IdentityVerified = "IdentityVerified";
    public const string IdentityFailed = "IdentityFailed";
    public const string InformationRequested = "InformationRequested";
    public const string ClockResumed = "ClockResumed";
    public const string Extended = "Extended";
    public const string FannedOut = "FannedOut";
    public const string TaskSent = "TaskSent";
    public const string TaskCompleted = "TaskCompleted";
    public const string AllTasksDone = "AllTasksDone";
    public const string Responded = "Responded";
    public const string ReminderSent = "ReminderSent";
    public const string Overdue = "Overdue";
    public const string SubjectErased = "SubjectErased";
    public const string Workflow = "workflow";
}
