namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

/// <summary>The answer to a new request: its id and the Art. 12(3) deadline.</summary>
public sealed record RequestAccepted(Guid Id, DateTimeOffset DueAt);
