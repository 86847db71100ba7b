namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>The outcome of a step of identifying the subject (Art. 12(6)).</summary>
public enum IdentityOutcome
{
    Verified = 1,
    Failed = 2,
    InformationRequested = 3,
}
