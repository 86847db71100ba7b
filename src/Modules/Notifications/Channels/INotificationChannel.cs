namespace ComplianceHub.Notifications.Channels;

/// <summary>
/// A delivery channel to a person. Implementations guard their provider with the circuit breaker named for it
/// (<c>smtp</c>, <c>sms</c>; webhooks <c>webhook:{subscriptionId}</c>): an open breaker throws <c>CircuitOpenException</c>, which
/// the delivery treats like any transient failure (the next channel takes over for Critical and High alerts).
/// </summary>
public interface INotificationChannel
{
    ChannelKind Kind { get; }

    /// <summary>False when the recipient has no address for this channel (e.g. no phone number for SMS).</summary>
    bool CanReach(ChannelRecipient recipient);

    Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken);
}
