using SerilogLogContext = Serilog.Context.LogContext;

namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// Puts the message id, conversation id, correlation id and receiving endpoint on every log event written while a
/// message is consumed, and makes the correlation id ambient for the messages the consumer sends in turn.
/// </summary>
public sealed class MessageLogContextFilter<T> : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var correlationId = context.Headers.Get<string>(CorrelationContext.Header)
            ?? context.CorrelationId?.ToString("N")
            ?? context.ConversationId?.ToString("N");
        var previous = CorrelationContext.Current;
        CorrelationContext.Current = correlationId;
        try
        {
            using (SerilogLogContext.PushProperty("MessageId", context.MessageId))
            using (SerilogLogContext.PushProperty("ConversationId", context.ConversationId))
            using (SerilogLogContext.PushProperty("CorrelationId", correlationId))
            using (SerilogLogContext.PushProperty("MessageType", typeof(T).Name))
            using (SerilogLogContext.PushProperty("Endpoint", context.ReceiveContext.InputAddress.AbsolutePath.Trim('/')))
            {
                await next.Send(context);
            }
        }
        finally
        {
            CorrelationContext.Current = previous;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("messageLogContext");
}
