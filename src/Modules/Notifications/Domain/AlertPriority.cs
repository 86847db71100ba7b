namespace ComplianceHub.Notifications.Domain;

public enum AlertPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
