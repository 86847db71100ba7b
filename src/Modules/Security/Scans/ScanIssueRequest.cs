namespace ComplianceHub.Security.Scans;

public sealed record ScanIssueRequest
{
    /// <summary>The scanner's id of the finding (e.g. a CVE or plugin id).</summary>
    public string? Id { get; init; }

    public string? Title { get; init; }

    /// <summary>CVSS v3 base score, 0.0 to 10.0.</summary>
    public decimal? CvssScore { get; init; }

    public string? Asset { get; init; }
}
