using ComplianceHub.Notifications.BreachAlerts;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.GetAlerts;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications;

/// <summary>DPO alerts: routing, channels, escalation and delivery evidence (Art. 37–39).</summary>
public static class NotificationsModule
{
    public static IHostApplicationBuilder AddNotificationsModule(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<NotificationsDbContext>();
        builder.AddModuleMessaging(bus => bus.AddConsumer<BreachReportedConsumer>());
        return builder;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGetAlerts();
        api.MapDirectoryEndpoints();
        return api;
    }
}
