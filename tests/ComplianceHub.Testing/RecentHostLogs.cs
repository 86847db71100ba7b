using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ComplianceHub.Testing;

/// <summary>
/// The host's last warnings and errors, with their exceptions, kept in memory so that a failed expectation can say
/// why the host answered as it did (a CI run keeps no other trace of the host's log). With
/// <c>CH_TEST_LOG_DIR</c> set, every host of the test run also appends them to <c>host-warnings.log</c> there: how a
/// run is searched for stalls such as SQLite's 'database is locked'.
/// </summary>
public sealed class RecentHostLogs : ILogEventSink
{
    private const int Kept = 40;
    private static readonly string? RunLog = Environment.GetEnvironmentVariable("CH_TEST_LOG_DIR") is { Length: > 0 } directory
        ? Path.Combine(directory, "host-warnings.log")
        : null;

    private static readonly Lock RunLogLock = new();
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>The kept lines, oldest first, or a note that there were none.</summary>
    public string Describe() =>
        _lines.IsEmpty ? "(the host logged no warning or error)" : "host log:" + Environment.NewLine + string.Join(Environment.NewLine, _lines);

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Warning)
        {
            return;
        }

        var source = logEvent.Properties.TryGetValue("SourceContext", out var context) ? context.ToString().Trim('"') : "";
        var line = $"{logEvent.Timestamp:HH:mm:ss.fff} {logEvent.Level} {source}: {logEvent.RenderMessage()}"
            + (logEvent.Exception is null ? "" : Environment.NewLine + logEvent.Exception);
        _lines.Enqueue(line);
        if (RunLog is not null)
        {
            lock (RunLogLock)
            {
                File.AppendAllText(RunLog, line + Environment.NewLine);
            }
        }

        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }
    }
}
