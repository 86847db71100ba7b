namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>The rights of Art. 15–21 a request exercises.</summary>
public enum RequestType
{
    Access = 1,
    Rectification = 2,
    Erasure = 3,
    Restriction = 4,
    Portability = 5,
    Objection = 6,
}
