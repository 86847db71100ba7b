namespace ComplianceHub.IntegrationTests;

/// <summary>
/// "Guaranteed delivery even during system disruptions": breaches flow REST → outbox → RabbitMQ → inbox → alert while
/// the host is killed, the broker restarts or the database restarts (300 in the suite, 2,000 and more rounds from
/// scripts/fault-runs.sh: <see cref="FaultRun"/>). Every accepted report must end with
/// exactly one alert, nothing may be left in an outbox, and nothing may land in an error queue.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class DurableMessagingTests(ServersFixture servers, ITestOutputHelper output)
{
    private static readonly int Messages = FaultRun.Messages;
    private static readonly TimeSpan Convergence = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task When_the_host_is_killed_three_times_mid_stream_every_message_takes_effect_exactly_once()
    {
        var settings = await MigratedSettingsAsync();
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));
        var seed = Environment.TickCount;
        output.WriteLine($"kill schedule seed {seed}");
        var random = new Random(seed);

        var load = new BreachLoad([host], Messages);
        await load.PrepareAsync();
        var posting = load.RunAsync(Convergence);
        var acceptedAtKills = new List<int>();
        for (var kill = 0; kill < 3; kill++)
        {
            await Task.Delay(random.Next(300, 1_500));
            await host.KillAsync();
            acceptedAtKills.Add(load.Accepted.Count);
            output.WriteLine($"killed after {acceptedAtKills[^1]} accepted");
            await host.StartAsync();
        }

        await posting;
        Assert.True(acceptedAtKills[0] < Messages, $"The first kill came after all {Messages} reports were accepted: the run is too short to test a kill mid-stream.");
        var outcome = await BreachLoad.WaitForOutcomeAsync(settings["ConnectionStrings:ComplianceHub"], Convergence);

        outcome.AssertExactlyOnce(load.Accepted);
        Assert.True(outcome.Breaches.Count >= Messages);
        await AssertNoErrorQueueMessagesAsync(settings);
    }

    [Fact]
    public Task When_RabbitMq_drops_every_client_mid_stream_every_message_takes_effect_exactly_once() =>
        // The API keeps accepting reports while the broker is away: they wait in the outbox.
        RunThroughOutageAsync(() => servers.RabbitMq.CutOffClientsAsync(), () => servers.RabbitMq.ReconnectClientsAsync());

    [Fact]
    public Task When_PostgreSql_restarts_mid_stream_every_message_takes_effect_exactly_once() =>
        RunThroughOutageAsync(() => servers.Postgres.StopAsync(crash: true), () => servers.Postgres.StartAgainAsync());

    [Fact]
    public async Task When_two_hosts_share_the_database_and_broker_no_effect_is_duplicated_or_lost()
    {
        var settings = await MigratedSettingsAsync();
        await using var first = new HostProcess(settings);
        await using var second = new HostProcess(settings);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await first.WaitForAsync("/health/ready", TimeSpan.FromSeconds(60));
        await second.WaitForAsync("/health/ready", TimeSpan.FromSeconds(60));

        var load = new BreachLoad([first, second], Messages);
        await load.PrepareAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await load.RunAsync(Convergence);
        output.WriteLine($"{Messages} reports accepted in {clock.Elapsed.TotalSeconds:F1} s");
        var outcome = await BreachLoad.WaitForOutcomeAsync(settings["ConnectionStrings:ComplianceHub"], Convergence);
        output.WriteLine($"every alert raised {clock.Elapsed.TotalSeconds:F1} s after the first report");

        outcome.AssertExactlyOnce(load.Accepted);
        Assert.Equal(Messages, outcome.Breaches.Count);
        await AssertNoErrorQueueMessagesAsync(settings);
    }

    /// <summary>Reports breaches, takes a server away for three seconds mid-stream, and checks the outcome.</summary>
    private async Task RunThroughOutageAsync(Func<Task> stop, Func<Task> start)
    {
        var settings = await MigratedSettingsAsync();
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));
        await WaitForTopologyAsync(settings["Messaging:RabbitMq:VirtualHost"]);

        var load = new BreachLoad([host], Messages);
        await load.PrepareAsync();
        var posting = load.RunAsync(Convergence);
        await Task.Delay(800);
        var acceptedAtOutage = load.Accepted.Count;
        await stop();
        try
        {
            await Task.Delay(3_000);
        }
        finally
        {
            await start();
        }

        await posting;
        Assert.True(acceptedAtOutage < Messages, $"The outage began after all {Messages} reports were accepted: the run is too short to test an outage mid-stream.");
        var outcome = await BreachLoad.WaitForOutcomeAsync(settings["ConnectionStrings:ComplianceHub"], Convergence);

        outcome.AssertExactlyOnce(load.Accepted);
        await AssertNoErrorQueueMessagesAsync(settings);
    }

    /// <summary>
    /// Waits until the host has declared all its queues (the count holds for three polls). Ready means the bus is
    /// connected, not that every endpoint's quorum queue exists; RabbitMQ 3.10 asked to stop while quorum queues are
    /// still being declared was seen to hang, and the outage under test is the broker's, not the declaration's.
    /// </summary>
    private async Task WaitForTopologyAsync(string virtualHost)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int last = -1, stable = 0;
        while (stable < 3 && DateTime.UtcNow < deadline)
        {
            var count = (await servers.RabbitMq.ListQueuesAsync(virtualHost)).Count;
            stable = count > 0 && count == last ? stable + 1 : 0;
            last = count;
            await Task.Delay(1_000);
        }

        Assert.True(stable >= 3, $"The host's queues in {virtualHost} did not settle (last count {last}).");
    }

    private async Task<Dictionary<string, string>> MigratedSettingsAsync()
    {
        var settings = await servers.FreshHostSettingsAsync();
        // Sends cut off by an outage open the broker's breaker; a short recovery keeps the outage tests short.
        settings["Resilience:CircuitBreakers:Breakers:broker:RecoveryTimeout"] = "00:00:03";
        await using var migrate = new HostProcess(settings);
        Assert.Equal(0, await migrate.RunToExitAsync(TimeSpan.FromSeconds(60), "migrate"));
        return settings;
    }

    /// <summary>
    /// Copies re-sent after a crash (sent, not yet marked delivered) drain through the inbox without effect; then no
    /// message may sit in an error queue.
    /// </summary>
    private async Task AssertNoErrorQueueMessagesAsync(Dictionary<string, string> settings)
    {
        var virtualHost = settings["Messaging:RabbitMq:VirtualHost"];
        var deadline = DateTime.UtcNow.AddSeconds(90);
        IReadOnlyDictionary<string, int> queues;
        do
        {
            queues = await servers.RabbitMq.ListQueuesAsync(virtualHost);
            await Task.Delay(500);
        }
        while (queues.GetValueOrDefault("breach-reported") > 0 && DateTime.UtcNow < deadline);

        output.WriteLine("queues: " + string.Join(", ", queues.Select(q => $"{q.Key}={q.Value}")));
        Assert.Equal(0, queues.GetValueOrDefault("breach-reported"));
        Assert.All(queues.Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)), q => Assert.Equal(0, q.Value));
    }
}
