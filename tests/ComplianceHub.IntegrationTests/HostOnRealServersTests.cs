namespace ComplianceHub.IntegrationTests;

[Collection(ServersCollection.Name)]
public sealed class HostOnRealServersTests(ServersFixture servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task When_migrated_explicitly_every_module_owns_its_schema()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var migrate = new HostProcess(settings);

        var exitCode = await migrate.RunToExitAsync(Patience, "migrate");

        Assert.True(exitCode == 0, migrate.Output);
        var schemas = await QueryAsync(settings, "SELECT schema_name FROM information_schema.schemata");
        Assert.Superset(new HashSet<string> { "breaches", "notifications", "reporting", "security", "data_subject_requests" }, schemas.ToHashSet());
        var tables = await QueryAsync(settings, "SELECT table_schema || '.' || table_name FROM information_schema.tables");
        Assert.Contains("breaches.breaches", tables);
        Assert.Contains("notifications.alerts", tables);
        Assert.Contains("breaches.__ef_migrations", tables);

        // Quartz's job store, created by our migrations in the reporting schema (ADR 0015).
        Assert.Contains("reporting.qrtz_triggers", tables);
        Assert.Contains("reporting.__ef_migrations_quartz", tables);
    }

    [Fact]
    public async Task When_PostgreSql_is_not_migrated_the_host_does_not_migrate_it_on_start()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = new HostProcess(settings);

        await host.StartReadyAsync(Patience);

        var tables = await QueryAsync(settings, "SELECT table_schema || '.' || table_name FROM information_schema.tables");
        Assert.DoesNotContain("breaches.breaches", tables);
    }

    [Fact]
    public async Task When_a_breach_is_reported_the_event_crosses_RabbitMq_and_raises_a_critical_alert()
    {
        await using var host = await StartMigratedHostAsync();

        var accepted = await Breaches.ReportAsync(host.Client, "DE", "FR");
        var id = accepted.GetProperty("id").GetString()!;
        var alert = await Breaches.WaitForAlertAsync(host.Client, id, Patience);

        Assert.True(alert.HasValue, "No alert was raised.\n" + host.Output);
        Assert.Equal("Critical", alert.Value.GetProperty("priority").GetString());
        Assert.Equal(
            accepted.GetProperty("authorityDeadline").GetDateTimeOffset(),
            alert.Value.GetProperty("deadline").GetDateTimeOffset());
        var queues = await servers.RabbitMq.QueueTypesAsync(host.Settings["Messaging:RabbitMq:VirtualHost"]);
        Assert.Equal("quorum", queues["breach-reported"]);
    }

    [Fact]
    public async Task Metrics_show_consumption_outbox_state_and_queue_depth()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Messaging:Outbox:MetricsInterval"] = "00:00:00.500";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);
        var accepted = await Breaches.ReportAsync(host.Client, "DE");
        Assert.NotNull(await Breaches.WaitForAlertAsync(host.Client, accepted.GetProperty("id").GetString()!, Patience));

        string metrics = "";
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !(metrics.Contains("compliancehub_queue_depth", StringComparison.Ordinal)
                   && metrics.Contains("messaging_masstransit_consume_duration", StringComparison.Ordinal)))
        {
            await Task.Delay(500);
            metrics = (await host.TryGetAsync("/metrics")).Body;
        }

        Assert.Contains("compliancehub_outbox_backlog{", metrics, StringComparison.Ordinal);
        Assert.Contains("module=\"breaches\"", metrics, StringComparison.Ordinal);
        Assert.Contains("compliancehub_outbox_oldest_age_seconds{", metrics, StringComparison.Ordinal);
        Assert.Contains("queue=\"breach-reported\"", metrics, StringComparison.Ordinal);
        var consumed = metrics.Split('\n').Where(l => l.StartsWith("messaging_masstransit_consume", StringComparison.Ordinal)).ToList();
        Assert.True(consumed.Any(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^messaging_masstransit_consume(_ea)?_total\\{.*BreachReported.*\\} 1$")),
            string.Join('\n', consumed));
        Assert.Contains("messaging_masstransit_delivery_duration", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordered_endpoint_has_a_single_active_consumer_on_RabbitMq()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Messaging:QueueType"] = "Quorum";
        settings["Messaging:Endpoints:breach-reported:Ordered"] = "true";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);

        var arguments = await servers.RabbitMq.QueueArgumentsAsync(settings["Messaging:RabbitMq:VirtualHost"], "breach-reported");

        Assert.Contains("x-single-active-consumer", arguments, StringComparison.Ordinal);
        Assert.Contains("quorum", arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_RabbitMq_stops_the_host_is_not_ready_and_recovers_when_it_returns()
    {
        await using var host = await StartMigratedHostAsync();
        await ThroughOutageAsync(host, () => servers.RabbitMq.StopAsync(), () => servers.RabbitMq.StartAgainAsync());

        var accepted = await Breaches.ReportAsync(host.Client, "AT");
        var alert = await Breaches.WaitForAlertAsync(host.Client, accepted.GetProperty("id").GetString()!, Patience);
        Assert.True(alert.HasValue, "No alert after the broker came back.\n" + host.Output);
    }

    [Fact]
    public async Task When_PostgreSql_stops_the_host_is_not_ready_and_recovers_when_it_returns()
    {
        await using var host = await StartMigratedHostAsync();
        await ThroughOutageAsync(host, () => servers.Postgres.StopAsync(), () => servers.Postgres.StartAgainAsync(), async () =>
        {
            using var refused = await host.Client.GetAsync($"/api/v1/breaches/{Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
            Assert.DoesNotContain("Npgsql", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task When_the_host_receives_SIGTERM_it_shuts_down_gracefully()
    {
        await using var host = await StartMigratedHostAsync();

        await host.StopAsync();

        Assert.Equal(0, host.ExitCode);
    }

    /// <summary>A host with the product's defaults, quorum queues included.</summary>
    private async Task<HostProcess> StartMigratedHostAsync()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Messaging:QueueType"] = "Quorum";
        var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);
        return host;
    }

    /// <summary>
    /// Stops a server under the running host until the host is not ready (and the outage's own checks passed), then
    /// starts it again whatever happened, and returns once the host is ready again.
    /// </summary>
    private static async Task ThroughOutageAsync(HostProcess host, Func<Task> stop, Func<Task> startAgain, Func<Task>? whileDown = null)
    {
        try
        {
            await stop();
            await WaitForStatusAsync(host, "/health/ready", 503);
            if (whileDown is not null)
            {
                await whileDown();
            }
        }
        finally
        {
            await startAgain();
        }

        await host.WaitForAsync("/health/ready", Patience);
    }

    private static async Task WaitForStatusAsync(HostProcess host, string path, int status)
    {
        var deadline = DateTime.UtcNow + Patience;
        HttpStatusCodeOrError last = default;
        while (DateTime.UtcNow < deadline)
        {
            last = await host.TryGetAsync(path);
            if (last.StatusCode == status)
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"{path} never answered {status}; last {last}.\n{host.Output}");
    }

    private static async Task<List<string>> QueryAsync(Dictionary<string, string> settings, string sql)
    {
        await using var connection = new NpgsqlConnection(settings["ConnectionStrings:ComplianceHub"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
