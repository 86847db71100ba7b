using ComplianceHub.Security.Evaluation;

namespace ComplianceHub.Security.Scans;

/// <summary>One alert per finished scan with issues, at the highest priority among them (the seed's "Vulnerability Scan (Variable)").</summary>
internal static class ScanAlert
{
    public const string Rule = "ScanFinished";

    public static string Subject(string scanId) => SecurityText.Clip($"scan:{scanId}", SecurityLimits.NameLength);

    public static NewSecurityAlert For(Scan scan)
    {
        var top = scan.Issues.MaxBy(i => i.CvssScore)!;
        var counts = string.Join(", ", scan.Issues.GroupBy(i => i.Priority).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        return new NewSecurityAlert
        {
            OrganizationId = scan.OrganizationId,
            Type = SecurityEventType.VulnerabilityScan,
            Priority = top.Priority,
            Rule = Rule,
            Title = SecurityText.Clip($"Vulnerability scan {scan.ScanId}: {scan.Issues.Count} issues", SecurityLimits.TitleLength),
            Summary = SecurityText.Clip($"{counts}. Highest: {top.Title} on {top.Asset} (CVSS {top.CvssScore:0.0}, {top.IssueId}).", 2000),
            Subject = Subject(scan.ScanId),
            OccurredAt = scan.FinishedAt,
        };
    }
}
