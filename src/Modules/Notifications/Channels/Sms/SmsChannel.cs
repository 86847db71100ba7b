using ComplianceHub.Shared.Resilience;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>
/// SMS to a DPO's phone, guarded by the <c>sms</c> breaker. Transient gateway failures (network, 408, 429, 500, 502, 503, 504) throw;
/// a refusal (other 4xx) is returned, and proves the gateway is up.
/// </summary>
internal sealed class SmsChannel(SmsOptions options, SmsOutboxFile outbox, SmsGateway gateway, CircuitBreakerRegistry breakers) : INotificationChannel
{
    public const string BreakerName = "sms";

    public ChannelKind Kind => ChannelKind.Sms;

    public bool CanReach(ChannelRecipient recipient) => !string.IsNullOrWhiteSpace(recipient.Phone);

    public Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (!CanReach(message.Recipient))
        {
            return Task.FromResult(ChannelResult.Refused("The recipient has no phone number."));
        }

        var text = SmsText.For(message);
        return breakers.Get(BreakerName).ExecuteAsync(
            async ct => options.Mode == SmsMode.Http
                ? await gateway.SendAsync(message, text, ct)
                : ChannelResult.Sent(await outbox.AppendAsync(message, options.From, text, ct)),
            cancellationToken);
    }
}
