namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>Stands in for the consumer the lead adds (an Operations alert): records what the module published.</summary>
public sealed class DisabledEndpointProbe(DisabledEndpointProbe.Seen seen) : IConsumer<WebhookEndpointDisabled>
{
    public Task Consume(ConsumeContext<WebhookEndpointDisabled> context)
    {
        seen.Messages.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public sealed class Seen
    {
        public ConcurrentQueue<WebhookEndpointDisabled> Messages { get; } = new();
    }
}
