namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>How the controller answered (Art. 12(3)) or refused (Art. 12(4)).</summary>
public enum ResponseOutcome
{
    Fulfilled = 1,
    PartiallyFulfilled = 2,
    Refused = 3,
}
