namespace ComplianceHub.Breaches.Domain;

/// <summary>The states of the breach workflow (Art. 33 and 34); the saga moves a breach between them.</summary>
public enum BreachStatus
{
    /// <summary>Recorded; the workflow has not started its clock yet (a moment after the report).</summary>
    Reported = 1,

    UnderAssessment = 2,

    /// <summary>Assessed as unlikely to result in a risk: no notification owed, documented for Art. 33(5), closable.</summary>
    NoRisk = 3,

    AwaitingAuthorityNotification = 4,

    AuthorityNotified = 5,

    /// <summary>High risk: the authority was notified and the people affected must still be told (Art. 34(1)).</summary>
    AwaitingSubjectCommunication = 6,

    SubjectsInformed = 7,

    /// <summary>High risk, but an Art. 34(3) exemption applies.</summary>
    Exempted = 8,

    Closed = 9,
}
