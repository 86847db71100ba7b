namespace ComplianceHub.Security.Ingestion;

/// <summary>The answer to one event: its id, and whether it was a resubmission of one already stored.</summary>
public sealed record EventAccepted(Guid Id, bool Duplicate);
