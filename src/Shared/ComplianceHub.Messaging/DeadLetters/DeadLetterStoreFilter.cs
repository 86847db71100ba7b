using MassTransit.Transports;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// The error pipe's last step: a message whose consume failed for good goes to the dead-letter store instead of the
/// broker's <c>_error</c> queue. If the store cannot be written (database down), the message goes to <c>_error</c>
/// as MassTransit would send it, so nothing is lost; the DeadLetters module's drainer brings it into the store later.
/// </summary>
public sealed class DeadLetterStoreFilter(IDeadLetterStore writer, ILogger<DeadLetterStoreFilter> logger) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        try
        {
            var id = await writer.StoreAsync(context, context.Exception, reason: null, context.CancellationToken);
            logger.LogWarning("Message {MessageId} on {Queue} failed for good ({ExceptionType}); dead-lettered as {DeadLetterId}",
                context.GetMessageId(), context.InputAddress.AbsolutePath, context.Exception.GetType().Name, id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The dead-letter store is unavailable; message {MessageId} goes to the error queue", context.GetMessageId());
            if (!context.TryGetPayload<IErrorTransport>(out var errorTransport))
            {
                throw;
            }

            await errorTransport.Send(context);
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterStore");
}
