using ComplianceHub.Security.Ingestion;
using ComplianceHub.Security.Rules;
using ComplianceHub.Security.Scans;
using ComplianceHub.Security.SecurityRules;

namespace ComplianceHub.Security;

/// <summary>The examples the OpenAPI document shows for the security operations.</summary>
internal static class SecurityExamples
{
    public static readonly Guid EventId = Guid.Parse("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly SecurityEventRequest AccessDenied = new()
    {
        Type = "AccessControl",
        ExternalId = "siem-000184467",
        Source = "siem-eu-1",
        OccurredAt = At,
        Country = "DE",
        Details = new SecurityEventDetails { Principal = "svc-reporting", Resource = "customer-db", Outcome = "Denied" },
    };

    public static readonly SecurityEventBatchRequest Batch = new()
    {
        Items =
        [
            AccessDenied with { ExternalId = "siem-000184468", Details = new SecurityEventDetails { Principal = "svc-reporting", Resource = "customer-db", Outcome = "Granted", RecordsRead = 2500 } },
            new SecurityEventRequest
            {
                Type = "EncryptionStatus", ExternalId = "kms-77121", Source = "kms-monitor", OccurredAt = At,
                Details = new SecurityEventDetails { System = "customer-db", Status = "Ok", Algorithm = "AES-256-GCM", KeyAgeDays = 120, PersonalData = true },
            },
            new SecurityEventRequest
            {
                Type = "BackupVerification", ExternalId = "bk-2026-03-02", Source = "backup-verifier", OccurredAt = At,
                Details = new SecurityEventDetails { System = "customer-db", RestoreSucceeded = true, TestedAt = At.AddHours(-1), RpoMinutes = 15 },
            },
        ],
    };

    public static readonly ScanFinishedRequest ScanFinished = new()
    {
        Issues = [new ScanIssueRequest { Id = "CVE-2024-3094", Title = "xz backdoor in liblzma", CvssScore = 10.0m, Asset = "build-runner-3" }],
    };

    public static readonly SecurityRulesRequest Rules = new()
    {
        Thresholds = new RuleThresholds { DeniedAttempts = 10, PersonalDataSystems = ["customer-db", "hr-db"] },
    };
}
