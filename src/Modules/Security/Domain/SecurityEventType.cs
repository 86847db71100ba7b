namespace ComplianceHub.Security.Domain;

/// <summary>The Art. 32 event kinds of the seed's security alert system.</summary>
internal enum SecurityEventType
{
    AccessControl = 1,
    EncryptionStatus = 2,
    BackupVerification = 3,
    VulnerabilityScan = 4,
}
