namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>Where a request stands: Received → (identity) → InProgress → AllTasksDone → Responded.</summary>
public enum RequestStatus
{
    Received = 1,
    AwaitingIdentity = 2,
    IdentityFailed = 3,
    InProgress = 4,
    AllTasksDone = 5,
    Responded = 6,
}
