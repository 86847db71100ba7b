using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace ComplianceHub.Shared.Hosting;

internal static class LoggingRegistration
{
    public static LoggingOptions AddStructuredLogging(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<LoggingOptions>(LoggingOptions.Section);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "ComplianceHub");
            _ = options.Format == LogFormat.Json
                ? logger.WriteTo.Console(new RenderedCompactJsonFormatter())
                : logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        });
        return options;
    }
}
