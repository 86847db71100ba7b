namespace ComplianceHub.Security.Scans;

public sealed record ScanIssueView(string Id, string Title, decimal CvssScore, string Asset, string Priority);
