using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace ComplianceHub.Shared.Hosting;

public static class LoggingRegistration
{
    public static LoggingOptions AddStructuredLogging(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<LoggingOptions>(LoggingOptions.Section);
        builder.Services.AddSerilog((services, logger) =>
        {
            // Sinks registered as services (ILogEventSink, how tests read what the host logs) are added below, behind
            // the redaction: never to this outer logger, which sees events before it.
            logger.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "ComplianceHub")
                // A sub-logger enriches last, after ASP.NET Core's request scope (RequestPath) has been added to the
                // event: only there can an acknowledgement token in a path be redacted before it is written.
                .WriteTo.Logger(redacted =>
                {
                    redacted.Enrich.With<SecretPathRedaction>();
                    _ = options.Format == LogFormat.Json
                        ? redacted.WriteTo.Console(new RenderedCompactJsonFormatter())
                        : redacted.WriteTo.Console(
                            outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
                    // Further sinks registered as services (tests capture events this way) get the same redaction.
                    foreach (var sink in services.GetServices<ILogEventSink>())
                    {
                        redacted.WriteTo.Sink(sink);
                    }
                });
        },
        // Each host keeps its own logger. Without this the factory writes through the static Log.Logger, which the
        // last host built in a process replaces: hosts side by side (the tests) logged into each other's sinks.
        preserveStaticLogger: true);
        return options;
    }
}
