namespace ComplianceHub.Security.Tests.CatchUp;

/// <summary>
/// A source whose evaluations queue up is caught up by the first of them (<c>Modules:Security:EvaluationLookAhead</c>):
/// it decides every submission waiting behind it, whole submissions only and up to the look-ahead, in arrival order,
/// with the rules' results of one evaluation per submission; the messages behind it find their events decided.
/// Each evaluation stamps one decision instant on its events (the clock runs at real speed), so the distinct instants
/// tell how many evaluations decided them.
/// </summary>
public sealed class CatchUpTests
{
    [Fact]
    public async Task When_a_sources_evaluations_queue_up_the_first_decides_every_waiting_submission_on_sqlite()
    {
        var groups = await EvaluateQueuedSubmissionsAsync(lookAhead: null);
        Assert.Equal([12], groups);
    }

    [Fact]
    public async Task When_a_sources_evaluations_queue_up_the_first_decides_every_waiting_submission_on_postgresql()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var groups = await EvaluateQueuedSubmissionsAsync(lookAhead: null,
            "Database:Provider=PostgreSql", $"ConnectionStrings:ComplianceHub={await postgres.CreateDatabaseAsync("security_catch_up")}", "Database:MigrateOnStartup=true");
        Assert.Equal([12], groups);
    }

    [Fact]
    public async Task When_the_look_ahead_is_zero_each_submission_is_decided_by_its_own_evaluation()
    {
        var groups = await EvaluateQueuedSubmissionsAsync(lookAhead: 0);
        Assert.Equal([3, 3, 3, 3], groups);
    }

    [Fact]
    public async Task When_the_waiting_submissions_exceed_the_look_ahead_it_takes_whole_submissions_only()
    {
        // Look-ahead 5, submissions of 3: the first evaluation takes its own and the second (the third would exceed
        // the look-ahead: left whole to its own message); the second message finds its events decided and looks ahead
        // to the third (the fourth left whole); the third's to the fourth; the fourth's finds nothing.
        var groups = await EvaluateQueuedSubmissionsAsync(lookAhead: 5);
        Assert.Equal([6, 3, 3], groups);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Should_refuse_a_look_ahead_out_of_range_naming_the_key(int lookAhead)
    {
        var problems = new SecurityMonitoringOptions { EvaluationLookAhead = lookAhead }.Validate(SecurityMonitoringOptions.Section).ToList();
        Assert.Contains(problems, p => p.Contains("Modules:Security:EvaluationLookAhead", StringComparison.Ordinal));
    }

    /// <summary>
    /// Four submissions of three denials by one principal (one a minute, in arrival order) while the first evaluation
    /// is held: the denial rule fires once, at the tenth, whichever evaluation decides it. Returns the sizes of the
    /// groups of events decided together, in arrival order.
    /// </summary>
    private static async Task<List<int>> EvaluateQueuedSubmissionsAsync(int? lookAhead, params string[] settings)
    {
        var gate = new FirstEvaluationGate();
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(
            T0.AddHours(1), services => services.AddSingleton<IConfigureReceiveEndpoint>(gate),
            [.. settings, .. lookAhead is { } n ? [$"Modules:Security:EvaluationLookAhead={n}"] : Array.Empty<string>()]));
        var submitted = new List<Guid>();
        for (var submission = 0; submission < 4; submission++)
        {
            var answer = await host.SubmitAsync([.. Enumerable.Range(0, 3).Select(i =>
                Events.Access(T0.AddSeconds((submission * 3) + i), "mallory", "Denied"))]);
            submitted.AddRange(answer.GetProperty("ids").EnumerateArray().Select(id => id.GetGuid()));
            if (submission == 0)
            {
                await gate.FirstArrived.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        gate.Open();
        await host.EvaluatedAsync();

        var decidedAt = await host.WithDbAsync(db => db.Events.ToDictionaryAsync(e => e.Id, e => e.EvaluatedAt!.Value));
        var instants = submitted.Select(id => decidedAt[id]).ToList();
        Assert.True(instants.SequenceEqual(instants.Order()), "decided out of arrival order");
        var alert = Assert.Single(await host.AlertsAsync(), a => a.GetProperty("rule").GetString() == "RepeatedDenials");
        Assert.Equal(submitted[9], alert.GetProperty("eventId").GetGuid());
        return [.. instants.GroupBy(at => at).Select(g => g.Count())];
    }
}
