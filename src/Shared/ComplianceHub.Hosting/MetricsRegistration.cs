using ComplianceHub.Shared.Messaging.Metrics;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace ComplianceHub.Shared.Hosting;

internal static class MetricsRegistration
{
    public static void AddMetrics(this IServiceCollection services)
    {
        services.AddSingleton<MessagingMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(InstrumentationOptions.MeterName, MessagingMetrics.MeterName, Resilience.CircuitBreakerMetrics.MeterName)
            .AddPrometheusExporter());
    }

    /// <summary>Prometheus scrape endpoint. Counts and durations only, no personal data; restrict it at the network edge.</summary>
    public static void MapMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
}
