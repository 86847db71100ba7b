using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Modules;
using Microsoft.AspNetCore.Routing;
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
        // Redirects are not followed: a receiver could otherwise bounce signed events to a host nobody subscribed.
        // The factory's request logging is off: it would log the full URL, whose path or query may carry a token.
        builder.Services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = options.Timeout)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
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
