using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace ComplianceHub.Shared.Hosting;

/// <summary>
/// Acknowledgement links (<c>/ack/{token}</c>) work without signing in: the token is a credential and must never reach
/// a log (Art. 32). ASP.NET Core puts the request path into its request logs and into the scope of every event logged
/// while the request runs (<c>RequestPath</c>), before any middleware could intervene; this rewrites any string
/// property holding such a path to the route template, just before the event is written.
/// </summary>
internal sealed partial class SecretPathRedaction : ILogEventEnricher
{
    public const string Replacement = "/ack/{token}";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Redact(value) is { } redacted)
            {
                (changed ??= []).Add(new LogEventProperty(name, redacted));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The redacted text of a value holding a token path; null when nothing needs to change.</summary>
    public static string? Redact(string text) =>
        text.Contains("/ack/", StringComparison.OrdinalIgnoreCase) ? TokenPath().Replace(text, Replacement) : null;

    private static LogEventPropertyValue? Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Redact(text) is { } redacted && redacted != text => new ScalarValue(redacted),
        ScalarValue { Value: Uri uri } when Redact(uri.ToString()) is { } redacted && redacted != uri.ToString() => new ScalarValue(redacted),
        SequenceValue sequence when sequence.Elements.Any(e => Redact(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Redact(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Redact(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => Redact(p.Value) is { } r ? new LogEventProperty(p.Name, r) : p), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => Redact(e.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Redact(e.Value) ?? e.Value))),
        _ => null,
    };

    /// <summary>The path segment after <c>/ack/</c>, escaped or not; already redacted ones are left as they are.</summary>
    [GeneratedRegex(@"/ack/(?!\{token\})[^/?#\s""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPath();
}
