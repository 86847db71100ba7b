namespace ComplianceHub.Security.Scans;

/// <summary>The finished vulnerability scan the OpenAPI document shows: one critical issue on a build runner.</summary>
internal static class ScanExamples
{
    public static readonly ScanFinishedRequest ScanFinished = new()
    {
        Issues = [new ScanIssueRequest { Id = "CVE-2024-3094", Title = "xz backdoor in liblzma", CvssScore = 10.0m, Asset = "build-runner-3" }],
    };
}
