namespace ComplianceHub.Security.Scans;

/// <summary>A finished scan with each issue's priority (CVSS v3: ≥ 9.0 Critical, 7.0–8.9 High, 4.0–6.9 Medium, below Low).</summary>
public sealed record ScanView(Guid Id, string ScanId, Guid OrganizationId, DateTimeOffset FinishedAt, IReadOnlyList<ScanIssueView> Issues, Guid? AlertId);
