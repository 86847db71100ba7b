namespace ComplianceHub.Security.Domain;

/// <summary>A finished vulnerability scan (the seed's <c>securityScanEventIssuesScanFinished</c>), its id chosen by the scanner.</summary>
internal sealed class Scan
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required string ScanId { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public List<ScanIssue> Issues { get; init; } = [];
}
