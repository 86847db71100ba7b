namespace ComplianceHub.Security.Tests.Host;

/// <summary>Events in the API's JSON shape.</summary>
internal static class Events
{
    private static int _next;

    public static string NextId() => $"ext-{Interlocked.Increment(ref _next)}";

    public static object Access(DateTimeOffset at, string principal, string outcome, int? recordsRead = null, string source = "siem", string? externalId = null, string? country = "DE") => new
    {
        type = "AccessControl", externalId = externalId ?? NextId(), source, occurredAt = at, country,
        details = new { principal, resource = "customer-db", outcome, recordsRead },
    };

    public static object Encryption(DateTimeOffset at, string system, string status, int? keyAgeDays = null, bool? personalData = null) => new
    {
        type = "EncryptionStatus", externalId = NextId(), source = "kms", occurredAt = at, country = "DE",
        details = new { system, status, algorithm = "AES-256-GCM", keyAgeDays, personalData },
    };

    public static object Backup(DateTimeOffset at, string system, bool restoreSucceeded) => new
    {
        type = "BackupVerification", externalId = NextId(), source = "backup", occurredAt = at,
        details = new { system, restoreSucceeded, testedAt = at, rpoMinutes = 15 },
    };

    public static object Vulnerability(DateTimeOffset at, decimal cvssScore) => new
    {
        type = "VulnerabilityScan", externalId = NextId(), source = "scanner", occurredAt = at,
        details = new { issueId = "CVE-2024-3094", title = "xz backdoor", cvssScore, asset = "build-runner-3" },
    };
}
