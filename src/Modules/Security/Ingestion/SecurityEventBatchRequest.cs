namespace ComplianceHub.Security.Ingestion;

/// <summary>Up to 1,000 events; all are accepted or, if any is invalid, none.</summary>
public sealed record SecurityEventBatchRequest
{
    /// <summary>Platform callers only: the organisation every event belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    public IReadOnlyList<SecurityEventRequest?>? Items { get; init; }
}
