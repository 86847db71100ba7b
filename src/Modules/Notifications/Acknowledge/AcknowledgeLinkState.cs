namespace ComplianceHub.Notifications.Acknowledge;

public enum AcknowledgeLinkState
{
    Invalid = 1,
    Expired = 2,
    Valid = 3,
}
