namespace ComplianceHub.Shared.Messaging;

/// <summary>Stamps the ambient correlation id on every message published or sent.</summary>
internal sealed class CorrelationHeaderObserver : IPublishObserver, ISendObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        Stamp(context);
        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        Stamp(context);
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private static void Stamp(SendContext context)
    {
        if (CorrelationContext.Current is { } id && !context.Headers.TryGetHeader(CorrelationContext.Header, out _))
        {
            context.Headers.Set(CorrelationContext.Header, id);
        }
    }
}
