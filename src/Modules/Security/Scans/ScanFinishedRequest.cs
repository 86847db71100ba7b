namespace ComplianceHub.Security.Scans;

/// <summary>The seed's <c>securityScanEventIssuesScanFinished { scanId, issues }</c>; the scan id is in the path.</summary>
public sealed record ScanFinishedRequest
{
    /// <summary>Platform callers only: the organisation scanned.</summary>
    public Guid? OrganizationId { get; init; }

    public IReadOnlyList<ScanIssueRequest?>? Issues { get; init; }
}
