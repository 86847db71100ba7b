namespace ComplianceHub.Security.Ingestion;

/// <summary>The answer to a submission: the stored ids in submission order (a duplicate's is the first submission's).</summary>
public sealed record EventsAccepted(IReadOnlyList<Guid> Ids, int Accepted, int Duplicates);
