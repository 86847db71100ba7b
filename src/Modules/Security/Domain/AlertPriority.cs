namespace ComplianceHub.Security.Domain;

/// <summary>The priorities of the Notifications module, named alike on the wire.</summary>
internal enum AlertPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
