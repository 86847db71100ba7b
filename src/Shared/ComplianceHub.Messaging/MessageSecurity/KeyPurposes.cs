namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// The labels keys are derived under (HKDF-SHA256 from a ring key, ADR 0008): one key, one purpose. A signature made
/// under one purpose's key never verifies under another's, and a party given the message key (a connected system
/// signing its bus messages) cannot sign audit entries, acknowledgement links or reports.
/// </summary>
public static class KeyPurposes
{
    public const string Messages = "compliancehub/messages/v2";
    public const string AuditEntries = "compliancehub/audit/v1";
    public const string AuditHead = "compliancehub/audit-head/v1";
    public const string AuditCheckpoints = "compliancehub/audit-checkpoint/v1";
}
