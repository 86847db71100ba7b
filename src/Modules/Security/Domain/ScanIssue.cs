namespace ComplianceHub.Security.Domain;

/// <summary>One finding of a scan with the priority its CVSS v3 base score gives it.</summary>
internal sealed class ScanIssue
{
    public required string IssueId { get; init; }

    public required string Title { get; init; }

    public required decimal CvssScore { get; init; }

    public required string Asset { get; init; }

    public required AlertPriority Priority { get; init; }
}
