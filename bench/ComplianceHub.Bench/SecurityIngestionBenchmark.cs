using ComplianceHub.Testing;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Security;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceHub.Bench;

/// <summary>
/// Security ingestion (issue 9): access-control events through <c>POST /api/v1/security-events/batch</c> (HTTP, the
/// Security module's PostgreSQL tables and outbox, RabbitMQ, the ordered evaluation endpoint) until the rules have
/// decided on each event. Throughput at saturation; event-to-decision latency (received → evaluated, both stamped by
/// the host) at a fixed rate.
/// </summary>
internal sealed class SecurityIngestionBenchmark(IReadOnlyList<string> settings, string connectionString, int sources, int batchSize, int pacedBatch)
{
    private const string AdminKey = "benchmark-admin-key-0123456789abcdef";
    private readonly LatencyRecorder _requests = new();
    private int _next;
    private int _retries;

    /// <summary>Submissions answered 5xx and sent again (none on a quiet machine).</summary>
    public int Retries => Volatile.Read(ref _retries);

    public async Task<(double Throughput, double P50, double P99, int Alerts)> RunAsync(int warmup, int events, int rate, TimeSpan duration)
    {
        await using var app = await StartHostAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        using var created = await client.PostAsJsonAsync("/api/v1/organizations", new { name = "Benchmark", homeCountry = "DE" });
        created.EnsureSuccessStatusCode();
        var organization = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await SaturateAsync(client, organization, warmup);
        await WaitEvaluatedAsync(warmup);

        var started = Stopwatch.StartNew();
        await SaturateAsync(client, organization, events);
        await WaitEvaluatedAsync(warmup + events);
        var throughput = events / started.Elapsed.TotalSeconds;
        Console.WriteLine($"    saturation: {throughput:F0} events/s from submission to decision");

        // Fixed rate: each source sends one batch of `pacedBatch` events per tick, the tick chosen so the sources together
        // send `rate` events per second (50 events every 100 ms per source at 2,000 events/s from 4 sources).
        var paced = DateTimeOffset.UtcNow;
        var perTick = Math.Max(1, pacedBatch);
        var tickLength = TimeSpan.FromSeconds((double)perTick * sources / rate);
        var ticks = (int)(duration / tickLength);
        // At most two requests per source in flight: a host slower than the rate falls behind visibly (the achieved rate
        // is printed) instead of piling up requests until the connection pool runs dry.
        var sends = new List<Task>();
        using var inFlight = new SemaphoreSlim(sources * 2);
        var clock = Stopwatch.StartNew();
        var lastSend = TimeSpan.Zero;
        using var timer = new PeriodicTimer(tickLength);
        for (var tick = 0; tick < ticks && await timer.WaitForNextTickAsync(); tick++)
        {
            foreach (var s in Enumerable.Range(0, sources))
            {
                await inFlight.WaitAsync();
                lastSend = clock.Elapsed;
                sends.Add(Task.Run(async () =>
                {
                    try
                    {
                        var sent = Stopwatch.GetTimestamp();
                        await SubmitAsync(client, organization, $"source-{s}", perTick);
                        _requests.Record(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                }));
            }
        }

        await Task.WhenAll(sends);
        // Sent on schedule, the last batch leaves at the end of the last tick; a host that cannot keep up holds the
        // sources back (two requests each in flight), and the last batch leaves later.
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"    paced: {ticks * sources * perTick / lastSend.TotalSeconds:F0} events/s submitted (asked {rate}): {ticks * sources * perTick} events, the last sent at {lastSend.TotalSeconds:F2} s of a {(ticks * tickLength).TotalSeconds:F2} s schedule, answered at {clock.Elapsed.TotalSeconds:F2} s"));
        var (requestP50, requestP99) = _requests.Percentiles();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"    paced requests of {perTick} events: p50 {requestP50:F0} ms, p99 {requestP99:F0} ms"));
        await WaitEvaluatedAsync(warmup + events + (ticks * sources * perTick));
        await PrintStagesAsync(paced);
        var (p50, p99) = await LatenciesAsync(paced);
        return (throughput, p50, p99, await CountAsync("SELECT count(*) FROM security.security_alerts"));
    }

    private async Task SaturateAsync(HttpClient client, Guid organization, int events)
    {
        var remaining = events;
        await Task.WhenAll(Enumerable.Range(0, sources).Select(async s =>
        {
            while (Interlocked.Add(ref remaining, -batchSize) > -batchSize)
            {
                await SubmitAsync(client, organization, $"source-{s}", batchSize);
            }
        }));
    }

    private async Task SubmitAsync(HttpClient client, Guid organization, string source, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var items = Enumerable.Range(0, count).Select(_ =>
        {
            var n = Interlocked.Increment(ref _next);
            // 1 % denials from 20 hot principals (they trip the denial rule once per window); the rest ordinary reads
            // spread over 10,000 principals, below the access-pattern floor.
            var hot = n % 100 == 0;
            return new
            {
                type = "AccessControl", externalId = $"e{n}", source, occurredAt = now, country = "DE",
                details = new { principal = hot ? $"attacker-{n / 100 % 20}" : $"user-{n % 10_000}", resource = "customer-db", outcome = hot ? "Denied" : "Granted", recordsRead = hot ? 0 : 1 + (n % 3) },
            };
        }).ToArray();
        // A resubmission of the same batch is a duplicate by (source, externalId): safe to retry after a 5xx.
        for (var attempt = 1; ; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/security-events/batch", new { organizationId = organization, items });
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (attempt == 5 || (int)response.StatusCode < 500)
            {
                throw new InvalidOperationException($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(200 * attempt);
        }
    }

    private async Task WaitEvaluatedAsync(int total)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (await CountAsync("SELECT count(*) FROM security.security_events WHERE \"EvaluatedAt\" IS NOT NULL") < total)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The events were not all evaluated within 10 minutes.");
            }

            await Task.Delay(100);
        }
    }

    private async Task<(double P50, double P99)> LatenciesAsync(DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) FROM "
            + "(SELECT extract(epoch FROM \"EvaluatedAt\" - \"ReceivedAt\") * 1000 AS ms FROM security.security_events WHERE \"ReceivedAt\" >= @since) l", connection);
        command.Parameters.AddWithValue("since", since.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    /// <summary>
    /// Where the paced phase's event-to-decision time goes, per evaluation message (p50 / p99, ms): committed in the
    /// outbox → confirmed by the broker (outbox dispatch), → entered the consumer's transaction (broker, queue and
    /// the wait for the source's earlier message), → consumed (evaluation and its commit).
    /// </summary>
    private async Task PrintStagesAsync(DateTimeOffset since)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY dispatch), percentile_cont(0.99) WITHIN GROUP (ORDER BY dispatch),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY queued), percentile_cont(0.99) WITHIN GROUP (ORDER BY queued),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY consume), percentile_cont(0.99) WITHIN GROUP (ORDER BY consume)
            FROM (SELECT extract(epoch FROM o."DeliveredAt" - o."CreatedAt") * 1000 AS dispatch,
                         extract(epoch FROM i."ReceivedAt" - o."DeliveredAt") * 1000 AS queued,
                         extract(epoch FROM i."ConsumedAt" - i."ReceivedAt") * 1000 AS consume
                  FROM security.outbox_message o JOIN security.inbox_state i ON i."MessageId" = o."MessageId"
                  WHERE o."CreatedAt" >= @since AND o."MessageType" LIKE '%EvaluateSecurityEvents%') s
            """, connection);
        command.Parameters.AddWithValue("since", since.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"    paced stages over {reader.GetInt64(0)} evaluation messages (p50/p99 ms): outbox dispatch {reader.GetDouble(1):F0}/{reader.GetDouble(2):F0}, broker and queue {reader.GetDouble(3):F0}/{reader.GetDouble(4):F0}, evaluation {reader.GetDouble(5):F0}/{reader.GetDouble(6):F0}"));
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<WebApplication> StartHostAsync()
    {
        var builder = ComplianceHubHost.CreateBuilder([.. settings.Select(s => "--" + s), "--Database:MigrateOnStartup=true", "--Http:RequestsPerSecond=100000", "--Http:Burst=100000"]);
        builder.AddPlatformModules();
        builder.AddSecurityModule();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapPlatformEndpoints().MapSecurityEndpoints();
        await app.StartAsync();
        var bus = app.Services.GetRequiredService<IBusControl>();
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            await Task.Delay(50);
        }

        return app;
    }
}
