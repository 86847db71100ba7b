namespace ComplianceHub.Notifications.Domain;

/// <summary>Alert types of PRODUCT.md (seed 000: DPO alerts, security notifications, distribution, deadlines).</summary>
public enum AlertType
{
    DataBreach = 1,
    RegulatoryUpdate = 2,
    ProcessingRisk = 3,
    AccessControl = 4,
    EncryptionStatus = 5,
    BackupVerification = 6,
    VulnerabilityScan = 7,
    ReportDistribution = 8,
    RequestDeadline = 9,
    Operations = 10,
}
