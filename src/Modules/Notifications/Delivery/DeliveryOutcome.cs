namespace ComplianceHub.Notifications.Delivery;

public enum DeliveryOutcome
{
    Delivered = 1,
    Failed = 2,
    /// <summary>Outside the recipient's working hours: sent at the start of the next window.</summary>
    Deferred = 3,
    /// <summary>The recipient has no address for this channel.</summary>
    Skipped = 4,
    /// <summary>Not sent: the channel's provider is in a third country without a Chapter V basis (Art. 44).</summary>
    Refused = 5,
}
