namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>Everything the host logs (as a Serilog sink registered as a service): each event's message, properties and exception.</summary>
internal sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Emit(LogEvent logEvent) =>
        _lines.Enqueue($"{logEvent.Level} {logEvent.RenderMessage()} {string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"))} {logEvent.Exception}");
}
