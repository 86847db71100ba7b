namespace ComplianceHub.Security.Domain;

/// <summary>What the encryption rule concluded from a status report.</summary>
internal enum EncryptionCondition
{
    Ok = 1,
    KeyTooOld = 2,
    Degraded = 3,
    Disabled = 4,
}
