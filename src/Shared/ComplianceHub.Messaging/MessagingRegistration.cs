using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Failures;
using ComplianceHub.Shared.Messaging.Metrics;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Messaging.Scheduling;
using ComplianceHub.Shared.Modules;
using ComplianceHub.Shared.Residency;
using MassTransit.Middleware;

namespace ComplianceHub.Shared.Messaging;

public static class MessagingRegistration
{
    /// <summary>The bus, once: every module's consumers on the configured transport.</summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<MessagingOptions>(MessagingOptions.Section);
        var retry = builder.AddValidatedOptions<RetryOptions>(RetryOptions.Section);
        var catalog = builder.ModuleCatalog();
        var contributions = builder.BusCatalog();
        contributions.Seal(); // from here on, a module added would lose its consumers: BusCatalog refuses it

        builder.Services.AddSingleton<QueueDepthSampler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueDepthSampler>());
        builder.Services.AddSingleton<DeadLetterStoreFilter>();
        builder.Services.AddSingleton<SkippedMessageFilter>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddReceiveEndpointObserver(sp => sp.GetRequiredService<QueueDepthSampler>());
            // MassTransit 8.4+ reports usage telemetry over the internet by default; a GDPR product sends nothing out.
            bus.DisableUsageTelemetry();
            bus.SetKebabCaseEndpointNameFormatter();
            // A module's consumers use its one context (every module, platform or business, has one).
            var contextByAssembly = catalog.DbContextTypes.GroupBy(t => t.Assembly).Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => g.Single());
            bus.AddConfigureEndpointsCallback((registration, name, endpoint) =>
            {
                // Ordered endpoints partition before retrying, so a message waiting for its retry keeps its key's place.
                if (options.Endpoints.TryGetValue(name, out var overrides) && overrides.Ordered)
                {
                    endpoint.UsePartitioner<ConsumeContext>(overrides.ConcurrentMessageLimit ?? options.PrefetchCount, PartitionKeys.Of);
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                    {
                        rabbitEndpoint.SingleActiveConsumer = true;
                    }
                }

                // Each attempt runs in a new scope with a new DbContext: a conflict (e.g. a duplicate that lost the
                // race for the inbox row) is retried, never lost; permanent failures are not retried at all.
                var clock = registration.GetRequiredService<TimeProvider>();
                endpoint.UseMessageRetry(r => r.SetRetryPolicy(_ => new ComplianceRetryPolicy(retry, clock)));

                // A message that failed for good goes to the dead-letter store (the error queue only if the store is down).
                var deadLetters = registration.GetRequiredService<DeadLetterStoreFilter>();
                endpoint.ConfigureError(x =>
                {
                    x.UseFilter(new GenerateFaultFilter());
                    x.UseFilter(deadLetters);
                });
                var skipped = registration.GetRequiredService<SkippedMessageFilter>();
                endpoint.ConfigureDeadLetter(x => x.UseFilter(skipped));

                // Before anything else: a message whose signature does not verify is quarantined unread. Only where
                // messages cross a network: the in-memory bus carries no transport headers and never leaves the process.
                if (endpoint is IRabbitMqReceiveEndpointConfigurator)
                {
                    var verification = registration.GetRequiredService<SignatureVerificationFilter>();
                    var residency = registration.GetRequiredService<ResidencyFilter>();
                    endpoint.ConfigureReceive(x =>
                    {
                        x.UseFilter(verification);
                        x.UseFilter(residency); // a node outside the EEA refuses personal data (Chapter V)
                    });
                }

                var outbox = new ModuleOutboxEndpointObserver(endpoint, registration, contextByAssembly);
                endpoint.ConnectConsumerConfigurationObserver(outbox);
                endpoint.ConnectSagaConfigurationObserver(outbox);
                ConfigureEndpoint(name, endpoint, options);
            });
            foreach (var register in contributions.Registrations)
            {
                register(bus);
            }

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = options.RabbitMq;
                    cfg.Host(rabbit.Host, (ushort)rabbit.EffectivePort, rabbit.VirtualHost, "compliancehub", h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                        if (rabbit.UseTls)
                        {
                            h.UseSsl(s =>
                            {
                                s.ServerName = rabbit.Host;
                                s.CertificateValidationCallback = BrokerCertificateValidation.For(rabbit.CaCertificatePath);
                            });
                        }
                    });
                    ConfigureBus(cfg, context, options, contributions);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => ConfigureBus(cfg, context, options, contributions));
            }
        });

        // The host starts even while the broker is unreachable; /health/ready says so until it connects.
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(20);
        });
        return builder;
    }

    private static void ConfigureEndpoint(string name, IReceiveEndpointConfigurator endpoint, MessagingOptions options)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit && options.QueueType == QueueType.Quorum)
        {
            rabbit.SetQuorumQueue();
        }

        if (options.Endpoints.TryGetValue(name, out var overrides))
        {
            if (overrides.PrefetchCount is { } prefetch)
            {
                endpoint.PrefetchCount = prefetch;
            }

            if (overrides.ConcurrentMessageLimit is { } limit)
            {
                endpoint.ConcurrentMessageLimit = limit;
            }
        }
    }

    /// <summary>What every transport gets: correlation across modules, log context, endpoints of every module.</summary>
    private static void ConfigureBus<TEndpoint>(
        IBusFactoryConfigurator<TEndpoint> cfg, IBusRegistrationContext context, MessagingOptions options, BusCatalog contributions)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        var correlation = new CorrelationHeaderObserver();
        cfg.ConnectPublishObserver(correlation);
        cfg.ConnectSendObserver(correlation);
        if (cfg is IRabbitMqBusFactoryConfigurator)
        {
            var signing = context.GetRequiredService<SigningSendObserver>();
            cfg.ConnectSendObserver(signing); // last: it freezes the body
            cfg.ConnectPublishObserver(signing);
            cfg.AddDeserializer(new EncryptedSerializerFactory(context.GetRequiredService<MessageKeyRing>()));
        }
        cfg.UseConsumeFilter(typeof(MessageLogContextFilter<>), context);
        foreach (var contribute in contributions.BusConfigurations)
        {
            contribute(cfg, context); // the platform modules' observers and filters (the audit journal, replay outcomes)
        }

        cfg.AddPrePipeSpecification(new ModuleSchedulerSpecification());
        cfg.PrefetchCount = options.PrefetchCount;
        cfg.ConfigureEndpoints(context);
    }
}
