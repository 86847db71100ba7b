namespace ComplianceHub.Security.Tests.Ordering;

/// <summary>
/// Per-source ordering under concurrency: the evaluation endpoint processes several messages at once, and the first
/// evaluation of each source is made to yield; a later evaluation of the same source must still wait for it.
/// Switched to <c>Ordered=false</c>, this test fails (the later batch overtakes).
/// </summary>
public sealed class OrderingTests
{
    [Fact]
    public async Task When_sources_submit_concurrently_and_an_evaluation_yields_each_sources_events_are_evaluated_in_submission_order()
    {
        var hold = new HoldFirstEvaluation();
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(
            T0, services => services.AddSingleton<IConfigureReceiveEndpoint>(hold),
            $"Messaging:Endpoints:{SecurityEventsEvaluationConsumer.Endpoint}:ConcurrentMessageLimit=8"));
        string[] sources = ["siem-a", "siem-b", "siem-c"];
        var submitted = sources.ToDictionary(s => s, _ => new List<Guid>());
        await Task.WhenAll(sources.Select(async source =>
        {
            for (var batch = 0; batch < 3; batch++)
            {
                var answer = await host.SubmitAsync([.. Enumerable.Range(0, 20).Select(i =>
                    Events.Access(T0.AddSeconds(-batch), $"user-{i % 3}", i % 2 == 0 ? "Denied" : "Granted", 10, source))]);
                submitted[source].Add(answer.GetProperty("ids")[0].GetGuid());
            }
        }));
        await host.EvaluatedAsync();
        // An evaluation decides the events queued behind it too (CatchUpTests): the later messages may still be finishing.
        await Poll.UntilAsync(() => Task.FromResult(sources.All(s => hold.Finished.TryGetValue(s, out var done) && done.Count == 3)), TimeSpan.FromSeconds(30));

        var evaluatedAt = await host.WithDbAsync(db => db.Events.ToDictionaryAsync(e => e.Id, e => e.EvaluatedAt!.Value));
        foreach (var (source, firsts) in submitted)
        {
            Assert.Equal(firsts, hold.Finished[source].ToList());
            var times = firsts.Select(id => evaluatedAt[id]).ToList();
            Assert.True(times.SequenceEqual(times.Order()), $"{source}: batches evaluated at {string.Join(", ", times.Select(t => t.ToString("O")))}");
        }
    }
}
