using ComplianceHub.Notifications.Acknowledge;
using ComplianceHub.Notifications.BreachAlerts;
using ComplianceHub.Notifications.Channels.Email;
using ComplianceHub.Notifications.Channels.InApp;
using ComplianceHub.Notifications.Channels.Sms;
using ComplianceHub.Notifications.Delivery;
using ComplianceHub.Notifications.Escalation;
using ComplianceHub.Notifications.GetAlerts;
using ComplianceHub.Notifications.PlatformAlerts;
using ComplianceHub.Notifications.RaiseAlert;
using ComplianceHub.Notifications.ReportDistribution;
using ComplianceHub.Notifications.RequestAlerts;
using ComplianceHub.Notifications.Retention;
using ComplianceHub.Notifications.SecurityAlerts;
using ComplianceHub.Notifications.Transfers;
using ComplianceHub.Notifications.Webhooks;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications;

/// <summary>DPO alerts: routing, channels, escalation and delivery evidence (Art. 37–39).</summary>
public static class NotificationsModule
{
    public static IHostApplicationBuilder AddNotificationsModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<NotificationsOptions>(NotificationsOptions.Section);
        builder.AddValidatedOptions<NotificationsRetentionOptions>(NotificationsRetentionOptions.Section);
        builder.Services.AddScoped<NotificationsRetention>();
        builder.Services.AddHostedService<NotificationsRetentionService>();
        builder.AddModuleDbContext<NotificationsDbContext>();
        builder.Services.AddScoped<AlertIntake>();
        builder.Services.AddScoped<EscalationStepTaker>();
        builder.Services.AddScoped<DeliveryEvidence>();
        builder.Services.AddScoped<ReportDeliveryEvidence>();
        builder.Services.AddScoped<AlertAcknowledgements>();
        builder.Services.AddSingleton<AcknowledgeLinks>();
        builder.AddEmailChannel();
        builder.AddSmsChannel();
        builder.AddInAppChannel();
        builder.AddWebhooks();
        // The same list as the Reporting module's when it is in the host (its Modules:Reporting:AdequacyDecisionsPath
        // override included): it registers its own, which wins; alone, this module reads the bundled one.
        builder.Services.TryAddSingleton(_ => AdequacyDecisions.Bundled());
        builder.Services.AddSingleton(sp => new ChannelProviders(sp.GetRequiredService<EmailOptions>(), sp.GetRequiredService<SmsOptions>()));
        builder.Services.AddScoped<ChapterVCheck>();
        builder.AddModuleMessaging(bus =>
        {
            bus.AddConsumer<BreachReportedConsumer>();
            bus.AddConsumer<BreachWorkflowAlertsConsumer>();
            bus.AddConsumer<RequestDeadlineAlertsConsumer>();
            bus.AddConsumer<OperationsAlertsConsumer>();
            bus.AddConsumer<SecurityAlertRaisedConsumer>();
            bus.AddConsumer<AlertRoutingConsumer>();
            bus.AddConsumer<EscalateAlertConsumer>();
            bus.AddConsumer<DeliverAlertConsumer>();
            bus.AddConsumer<SendAlertOnChannelConsumer>();
            bus.AddConsumer<SendDigestConsumer>();
            bus.AddConsumer<ReportDistributionRequestedConsumer>();
            bus.AddConsumer<SendReportEmailsConsumer>();
            bus.AddConsumer<TransferRegisterChangedConsumer>();
        });
        return builder;
    }

    /// <summary>The REST operations, under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapRaiseAlert();
        api.MapGetAlerts();
        api.MapAcknowledgeAlert();
        api.MapDirectoryEndpoints();
        api.MapWebhookEndpoints();
        return api;
    }

    /// <summary>What lives outside <c>/api/v1</c>: the acknowledgement links of emails and SMS, and the in-app hub.</summary>
    public static IEndpointRouteBuilder MapNotificationsPages(this IEndpointRouteBuilder app)
    {
        app.MapAcknowledgeLinks();
        app.MapNotificationsHub();
        return app;
    }
}
