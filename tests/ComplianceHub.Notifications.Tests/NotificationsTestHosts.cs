using ComplianceHub.Notifications.Channels.InApp;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Modules;

namespace ComplianceHub.Notifications.Tests;

/// <summary>The ways these tests start the Notifications module on <see cref="ModuleTestHost"/>.</summary>
internal static class NotificationsTestHosts
{
    extension(ModuleTestHostOptions options)
    {
        /// <summary>The module's API only (directory, policies), on the system clock.</summary>
        public ModuleTestHostOptions NotificationsApi() => options
            .InTemporaryDirectory("ch-directory-")
            .Unthrottled()
            .AddModule(builder => builder.AddNotificationsModule(), api => api.MapNotificationsEndpoints());

        /// <summary>
        /// Delivery: a travelling clock, the outbox and timers polled quickly, retries 5 s apart, and recording channels
        /// (<c>host.Email</c>, <c>host.Sms</c>, <c>host.InApp</c>) in place of the real ones.
        /// </summary>
        /// <param name="services">Extra services for the host (e.g. a log sink that captures events).</param>
        public ModuleTestHostOptions Notifications(DateTimeOffset now, Action<IServiceCollection>? services, params string[] settings) => options
            .At(now)
            .InTemporaryDirectory("ch-notifications-")
            .FastOutbox("00:00:00.100", "00:00:00.100")
            .With("Modules:Notifications:DeliveryRetryBaseDelay=00:00:05", "Modules:Notifications:DeliveryRetryMaxDelay=00:00:05")
            .Unthrottled()
            .With(settings)
            .AddModule(builder => builder.AddNotificationsModule(), api => api.MapNotificationsEndpoints())
            .Services(s =>
            {
                // Registered after the module's own channels: the last channel of a kind is the one used.
                foreach (var kind in (ChannelKind[])[ChannelKind.Email, ChannelKind.Sms, ChannelKind.InApp])
                {
                    s.AddSingleton<INotificationChannel>(new RecordingChannel(kind));
                }
            })
            .Services(services)
            .Map(app => app.MapNotificationsPages());

        public ModuleTestHostOptions Notifications(DateTimeOffset now, params string[] settings) => options.Notifications(now, null, settings);

        /// <summary>
        /// Webhooks with the tests' loopback receivers allowed (<see cref="LoopbackReceivers.Allowed"/>), the retry
        /// schedule shortened to fractions of a second and the window to a few seconds.
        /// </summary>
        public ModuleTestHostOptions Webhooks(params string[] settings) => options.WebhooksWith(null, [.. LoopbackReceivers.Allowed, .. settings]);

        /// <summary><see cref="Webhooks"/> with breakers that open after two failed calls of two and stay open for ten minutes: longer than any test.</summary>
        public ModuleTestHostOptions WebhooksWithTrippingBreakers() => options.Webhooks(
            "Resilience:CircuitBreakers:Defaults:FailureThreshold=2", "Resilience:CircuitBreakers:Defaults:MinimumThroughput=2",
            "Resilience:CircuitBreakers:Defaults:RecoveryTimeout=00:10:00");

        /// <param name="services">Changes the services before start (e.g. the outbound resolver, a log sink).</param>
        /// <param name="settings">The whole extra configuration: no loopback receiver is allowed unless it says so.</param>
        public ModuleTestHostOptions WebhooksWith(Action<IServiceCollection>? services, params string[] settings) => options
            .InTemporaryDirectory("ch-webhooks-")
            .FastOutbox("00:00:00.050", "00:00:00.050")
            .Unthrottled()
            .With(
                "Modules:Notifications:Webhooks:RetryDelays:0=00:00:00.200",
                "Modules:Notifications:Webhooks:RetryDelays:1=00:00:00.300",
                "Modules:Notifications:Webhooks:RetryWindow=00:00:03",
                "Modules:Notifications:Webhooks:Jitter=0",
                "Modules:Notifications:Webhooks:Timeout=00:00:05")
            .With(settings)
            .AddModule(builder => builder.AddNotificationsModule(), api => api.MapNotificationsEndpoints())
            .Services(services)
            .Configure(builder =>
            {
                builder.Services.AddSingleton<DisabledEndpointProbe.Seen>();
                builder.AddModuleMessaging(bus => bus.AddConsumer<DisabledEndpointProbe>());
            });

        /// <summary>
        /// The module with its REAL channels and a travelling clock, on a port chosen before start so that
        /// <c>PublicBaseUrl</c> (the acknowledgement links) points at this very host.
        /// </summary>
        /// <param name="settings">Extra configuration (e.g. the SMTP relay, the SMS gateway, breaker thresholds).</param>
        public ModuleTestHostOptions EndToEnd(DateTimeOffset now, params string[] settings)
        {
            options.At(now).InTemporaryDirectory("ch-e2e-").WithAdminKey("end-to-end-admin-key-0123456789abcdef").OnFixedPort();
            return options
                .With($"Modules:Notifications:PublicBaseUrl={options.FixedAddress!.GetLeftPart(UriPartial.Authority)}")
                .FastOutbox("00:00:00.100", "00:00:00.100")
                .Unthrottled()
                .With(settings)
                .AddModule(builder => builder.AddNotificationsModule(), api => api.MapNotificationsEndpoints())
                .Map(app => app.MapNotificationsPages());
        }

        /// <summary>The in-app channel and its hub mapped at the root, without the rest of the module.</summary>
        public ModuleTestHostOptions InAppChannel(params string[] settings) => options
            .InTemporaryDirectory("ch-inapp-")
            .PreparedSchemas()
            .With(settings)
            .AddModule(builder => builder.AddInAppChannel())
            .Map(app => app.MapNotificationsHub());
    }
}
