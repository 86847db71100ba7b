namespace ComplianceHub.Security.Ingestion;

/// <summary>The security events the OpenAPI document shows: a denied access from a SIEM, then a batch of three kinds.</summary>
internal static class SecurityEventExamples
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
}
