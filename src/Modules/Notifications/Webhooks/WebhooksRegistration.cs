using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>Signed webhooks (Standard Webhooks): subscriptions, the delivery log, fan-out of alerts and retries.</summary>
public static class WebhooksRegistration
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<WebhooksOptions>(WebhooksOptions.Section);
        builder.Services.AddSingleton<WebhookRetryPlan>();
        builder.Services.AddScoped<WebhookSender>();
        // Through the SSRF guard, redirects not followed, and no URL logged (a path or query may carry a token).
        builder.AddOutboundHttpClient(WebhookSender.ClientName, options.Timeout);
        builder.AddModuleMessaging(bus =>
        {
            bus.AddConsumer<AlertRaisedWebhookConsumer>();
            bus.AddConsumer<SendWebhookConsumer>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapWebhookSubscriptions();
        api.MapWebhookDeliveries();
        return api;
    }
}
