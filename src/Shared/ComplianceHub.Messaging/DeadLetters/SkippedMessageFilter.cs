using MassTransit.Transports;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// A message no consumer on its queue handles (a contract renamed, a consumer removed) goes to the dead-letter store
/// instead of the broker's <c>_skipped</c> queue; to <c>_skipped</c> only if the store cannot be written.
/// </summary>
public sealed class SkippedMessageFilter(IDeadLetterStore writer, ILogger<SkippedMessageFilter> logger) : IFilter<ReceiveContext>
{
    public const string Reason = "No consumer on this queue handles the message type";

    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        try
        {
            var id = await writer.StoreAsync(context, exception: null, Reason, context.CancellationToken);
            logger.LogWarning("Message {MessageId} on {Queue} has no consumer; dead-lettered as {DeadLetterId}",
                context.GetMessageId(), context.InputAddress.AbsolutePath, id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The dead-letter store is unavailable; message {MessageId} goes to the skipped queue", context.GetMessageId());
            if (!context.TryGetPayload<IDeadLetterTransport>(out var skipped))
            {
                throw;
            }

            await skipped.Send(context, Reason);
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterStoreSkipped");
}
