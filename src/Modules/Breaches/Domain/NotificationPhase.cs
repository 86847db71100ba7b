namespace ComplianceHub.Breaches.Domain;

/// <summary>Art. 33(4): information may be provided in phases, in this order.</summary>
public enum NotificationPhase
{
    Initial = 1,
    FollowUp = 2,
    Final = 3,
}
