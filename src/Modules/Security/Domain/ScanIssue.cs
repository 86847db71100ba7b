namespace ComplianceHub.Security.Domain;

/// <summary>One finding of a scan with the priority its CVSS v3 base score gives it.</summary>
internal sealed class ScanIssue
{
    /// <summary>Position in the scan's list (0-based): with the scan, the row's key.</summary>
    public required int Number { get; init; }

    public required string IssueId { get; init; }

    public required string Title { get; init; }

    public required decimal CvssScore { get; init; }

    public required string Asset { get; init; }

    public required AlertPriority Priority { get; init; }
}
