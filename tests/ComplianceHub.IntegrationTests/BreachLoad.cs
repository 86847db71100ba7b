namespace ComplianceHub.IntegrationTests;

/// <summary>
/// Reports breaches through the REST API while the test breaks things, and checks afterwards that every breach
/// raised exactly one alert through the outbox, RabbitMQ and the inbox.
/// </summary>
internal sealed class BreachLoad(IReadOnlyList<HostProcess> hosts, int count, int concurrency = 8)
{
    private Dictionary<HostProcess, Guid>? _organizations;

    public ConcurrentBag<string> Accepted { get; } = [];

    /// <summary>Creates the organisation each host reports for, while everything is still up.</summary>
    public async Task PrepareAsync()
    {
        var organizations = new Dictionary<HostProcess, Guid>();
        foreach (var host in hosts)
        {
            organizations[host] = await Breaches.OrganizationOfAsync(host.Client);
        }

        _organizations = organizations;
    }

    /// <summary>Posts until <paramref name="count"/> reports were accepted; a failed call (host killed, database down) is retried.</summary>
    public async Task RunAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var organizations = _organizations ?? throw new InvalidOperationException("PrepareAsync first, before breaking anything.");
        var next = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var host = hosts[worker % hosts.Count];
                while (true)
                {
                    cts.Token.ThrowIfCancellationRequested();
                    try
                    {
                        using var response = await host.Client.PostAsJsonAsync("/api/v1/breaches", Breaches.Report(organizations[host], "DE"), cts.Token);
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cts.Token)).RootElement;
                            Accepted.Add(body.GetProperty("id").GetString()!);
                            break;
                        }
                    }
                    catch (HttpRequestException)
                    {
                    }
                    catch (TaskCanceledException) when (!cts.IsCancellationRequested)
                    {
                    }

                    await Task.Delay(100, cts.Token);
                }
            }
        });
        await Task.WhenAll(workers);
    }

    /// <summary>Waits until every stored breach has its alert and no outbox row is left undelivered.</summary>
    public static async Task<Outcome> WaitForOutcomeAsync(string connectionString, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        Outcome outcome;
        do
        {
            outcome = await ReadOutcomeAsync(connectionString);
            if (outcome.Breaches.Count > 0 && outcome.MissingAlerts == 0 && outcome.UndeliveredOutboxRows == 0)
            {
                return outcome;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        return outcome;
    }

    private static async Task<Outcome> ReadOutcomeAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var breaches = await ColumnAsync<Guid>(connection, "SELECT \"Id\" FROM breaches.breaches");
        var alertCounts = (await ColumnAsync<string>(connection,
                "SELECT \"Source\" || '=' || count(*) FROM notifications.alerts GROUP BY \"Source\""))
            .Select(s => s.Split('='))
            .ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var undelivered = (await ColumnAsync<long>(connection,
            // Timers not yet due (the breach workflow's reminders and deadline) are meant to wait.
            "SELECT count(*) FROM breaches.outbox_message WHERE \"DeliveredAt\" IS NULL AND (\"DueAt\" IS NULL OR \"DueAt\" <= now()) UNION ALL " +
            "SELECT count(*) FROM notifications.outbox_message WHERE \"DeliveredAt\" IS NULL AND (\"DueAt\" IS NULL OR \"DueAt\" <= now())")).Sum();
        var missing = breaches.Count(b => !alertCounts.ContainsKey($"breaches/{b}"));
        return new Outcome(breaches.ToHashSet(), alertCounts, missing, undelivered);
    }

    private static async Task<List<T>> ColumnAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    internal sealed record Outcome(HashSet<Guid> Breaches, Dictionary<string, int> AlertsBySource, int MissingAlerts, long UndeliveredOutboxRows)
    {
        public void AssertExactlyOnce(IEnumerable<string> accepted)
        {
            Assert.All(accepted, id => Assert.Contains(Guid.Parse(id), Breaches));
            Assert.Equal(0, MissingAlerts);
            Assert.All(AlertsBySource.Values, count => Assert.Equal(1, count));
            Assert.Equal(Breaches.Count, AlertsBySource.Count);
            Assert.Equal(0, UndeliveredOutboxRows);
        }
    }
}
