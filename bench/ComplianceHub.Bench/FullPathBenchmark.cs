using ComplianceHub.Testing;
using System.Diagnostics;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using ComplianceHub.Shared.Database;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceHub.Bench;

/// <summary>
/// ComplianceHub's full path (b): each message is an outbox row written in its own database transaction (as an API
/// call does), dispatched with publisher confirms, consumed through the inbox, and its effect row written in the
/// consumer's transaction. The real host wiring, with a one-consumer module.
/// </summary>
internal sealed class FullPathBenchmark(IReadOnlyList<string> settings, int writers, bool showProgress)
{
    public async Task<(double Throughput, double P50, double P99)> RunAsync(int warmupMessages, int saturationMessages, int rate, TimeSpan rateDuration)
    {
        await using var app = await StartHostAsync();
        var latencies = app.Services.GetRequiredService<LatencyRecorder>();

        // Warm-up, not measured: the JIT tiers the hot paths up, pools and queues fill.
        await ProduceConcurrentlyAsync(app.Services, warmupMessages);
        await WaitForAsync(latencies, warmupMessages);
        latencies.Reset();

        var started = Stopwatch.StartNew();
        var next = 0;
        // Where the messages are, once a second: shows which stage (produce, dispatch, consume) limits the run.
        using var progress = new Timer(_ =>
        {
            if (!showProgress)
            {
                return;
            }

            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
            var delivered = db.Set<OutboxMessage>().Count(m => m.DeliveredAt != null);
            var stored = db.Set<OutboxMessage>().Count();
            Console.WriteLine($"  t={started.Elapsed.TotalSeconds:F0}s produced={Math.Min(next, saturationMessages)} stored={stored} delivered={delivered} effects={latencies.Count}");
        }, null, 1000, 1000);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= saturationMessages)
            {
                await ProduceAsync(app.Services);
            }
        }));
        await WaitForAsync(latencies, saturationMessages);
        var throughput = saturationMessages / started.Elapsed.TotalSeconds;

        // Latency at a fixed rate, on a system the saturation run has warmed further (the JIT tiers up for ~40 s).
        latencies.Reset();
        var total = (int)(rate * rateDuration.TotalSeconds);
        await Pacer.RunAsync(rate, total, () => ProduceAsync(app.Services));
        await WaitForAsync(latencies, total);
        var (p50, p99) = latencies.Percentiles();
        await app.StopAsync();
        return (throughput, p50, p99);
    }

    private Task ProduceConcurrentlyAsync(IServiceProvider services, int count)
    {
        var next = 0;
        return Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                await ProduceAsync(services);
            }
        }));
    }

    private static async Task ProduceAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IModuleOutbox<BenchDbContext>>();
        await outbox.PublishEndpoint.Publish(new BenchPing(NewId.NextGuid(), DateTime.UtcNow, new byte[1024]));
        await db.SaveChangesAsync();
    }

    private async Task<WebApplication> StartHostAsync()
    {
        var builder = ComplianceHubHost.CreateBuilder([.. settings.Select(s => "--" + s)]);
        builder.Services.AddSingleton<LatencyRecorder>();
        builder.AddPlatformModules();
        builder.AddModuleDbContext<BenchDbContext>();
        builder.AddModuleMessaging(bus => bus.AddConsumer<BenchPingConsumer>());
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapPlatformEndpoints();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
            await db.Database.EnsureCreatedAsync();
            // Every schema the host writes to (dead letters, audit, identity, idempotency, …), as `migrate` creates them:
            // a host missing one retries its writes forever and measures nothing.
            await DatabaseMigrator.MigrateAsync(app.Services, NullLogger.Instance, CancellationToken.None);
        }

        await app.StartAsync();
        var bus = app.Services.GetRequiredService<IBusControl>();
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(50);
        }

        return app;
    }

    private static async Task WaitForAsync(LatencyRecorder latencies, int count)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (latencies.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        if (latencies.Count < count)
        {
            throw new TimeoutException($"Only {latencies.Count} of {count} messages took effect.");
        }
    }
}
