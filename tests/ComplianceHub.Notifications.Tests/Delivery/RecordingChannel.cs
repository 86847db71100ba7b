using ComplianceHub.Shared.Messaging.Failures;

namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>
/// A channel for the delivery-logic tests: keeps what it was asked to send and fails on demand. The channels
/// themselves are tested against real SMTP, HTTP and SignalR peers.
/// </summary>
public sealed class RecordingChannel(ChannelKind kind) : INotificationChannel
{
    public ChannelKind Kind { get; } = kind;

    public ConcurrentQueue<ChannelMessage> Sent { get; } = new();

    /// <summary>While true, every send throws as a provider outage would.</summary>
    public volatile bool Down;

    /// <summary>While true, every send throws as a provider refusing the message would (no retry can change it).</summary>
    public volatile bool Refusing;

    /// <summary>Sends tried, failed ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    private int _attempts;

    public bool CanReach(ChannelRecipient recipient) => Kind switch
    {
        ChannelKind.Email => recipient.Email is not null,
        ChannelKind.Sms => recipient.Phone is not null,
        _ => true,
    };

    public Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Refusing)
        {
            throw new PermanentFailureException($"{Kind} provider refused the message");
        }

        if (Down)
        {
            throw new IOException($"{Kind} provider unreachable");
        }

        Sent.Enqueue(message);
        return Task.FromResult(ChannelResult.Sent($"{Kind}-{message.DeliveryId:N}"));
    }
}
