using System.Collections.Concurrent;
using ComplianceHub.Notifications.Channels;

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

    public bool CanReach(ChannelRecipient recipient) => Kind switch
    {
        ChannelKind.Email => recipient.Email is not null,
        ChannelKind.Sms => recipient.Phone is not null,
        _ => true,
    };

    public Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new IOException($"{Kind} provider unreachable");
        }

        Sent.Enqueue(message);
        return Task.FromResult(ChannelResult.Sent($"{Kind}-{message.DeliveryId:N}"));
    }
}
