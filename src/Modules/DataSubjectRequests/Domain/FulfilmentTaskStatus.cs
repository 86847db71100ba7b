namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>A fulfilment task: created with the fan-out, sent once the system was told, completed when it answered.</summary>
public enum FulfilmentTaskStatus
{
    Pending = 1,
    Sent = 2,
    Completed = 3,
}
