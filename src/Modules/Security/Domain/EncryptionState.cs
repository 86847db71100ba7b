namespace ComplianceHub.Security.Domain;

/// <summary>The encryption status a system reports.</summary>
internal enum EncryptionState
{
    Ok = 1,
    Degraded = 2,
    Disabled = 3,
}
