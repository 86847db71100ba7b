namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>Every log event the host writes, as its sinks get it (after redaction).</summary>
internal sealed class CapturedLogEvents : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    /// <summary>What a sink could write of an event: its rendered message, every property and the exception.</summary>
    public static string Text(LogEvent e) =>
        $"{e.RenderMessage()} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}";
}
