namespace ComplianceHub.Breaches.Domain;

/// <summary>The workflow states of the breach saga (the Breaches issue adds the transitions).</summary>
public enum BreachStatus
{
    Reported = 1,
    UnderAssessment = 2,
    AwaitingAuthorityNotification = 3,
    AuthorityNotified = 4,
    AwaitingSubjectCommunication = 5,
    Closed = 6,
}
