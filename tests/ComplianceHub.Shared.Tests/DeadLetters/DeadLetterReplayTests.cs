namespace ComplianceHub.Shared.Tests.DeadLetters;

public sealed class DeadLetterReplayTests
{
    [Fact]
    public async Task A_replay_that_fails_again_extends_the_history_and_one_after_the_fix_takes_effect_once_and_leaves_the_store()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.010"));
        var faults = host.Services.GetRequiredService<LedgerFaults>();
        var key = Guid.NewGuid();
        faults.Break(key);
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));
        var entry = await PoisonCheck.WaitForDeadLetterAsync(host, TimeSpan.FromSeconds(20));
        using var client = DeadLetterApiTests.Client(host);

        using (var first = await client.PostAsJsonAsync($"/api/v1/dead-letters/{entry.Id}/replay", new { reason = "retry before the fix" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        var failedAgain = await WaitForAsync(host, entry.Id, e => e is { FailureCount: 2 });
        Assert.Equal(4, JsonDocument.Parse(failedAgain!.Attempts).RootElement.GetArrayLength());
        Assert.Null(failedAgain.ReplayedAt);
        Assert.Equal(1, failedAgain.Replays);
        Assert.Equal(2, host.Services.GetRequiredService<DeadLetterWriter>().Decrypt(failedAgain).Errors.Count(e => e.StartsWith("2: ", StringComparison.Ordinal)));

        faults.Fix(key);
        using (var second = await client.PostAsJsonAsync($"/api/v1/dead-letters/{entry.Id}/replay", new { reason = "fixed the consumer" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        }

        Assert.Null(await WaitForAsync(host, entry.Id, e => e is null));
        await Task.Delay(500);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == key && e.Kind == "recorded")));
    }

    [Fact]
    public async Task Replay_and_delete_need_a_reason_and_an_existing_entry_and_delete_disposes_of_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=0"));
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(Guid.NewGuid(), "k", 1, FailAfterPublishing: true));
        var entry = await PoisonCheck.WaitForDeadLetterAsync(host, TimeSpan.FromSeconds(20));
        using var client = DeadLetterApiTests.Client(host);

        using var noReason = await client.PostAsJsonAsync($"/api/v1/dead-letters/{entry.Id}/replay", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var unknown = await client.PostAsJsonAsync($"/api/v1/dead-letters/{Guid.NewGuid()}/replay", new { reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var deleteWithoutReason = await client.DeleteAsync($"/api/v1/dead-letters/{entry.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, deleteWithoutReason.StatusCode);

        using var deleted = await client.DeleteAsync($"/api/v1/dead-letters/{entry.Id}?reason=duplicate%20of%20a%20handled%20report");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await WaitForAsync(host, entry.Id, e => e is null));
        using var again = await client.DeleteAsync($"/api/v1/dead-letters/{entry.Id}?reason=again");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_message_no_consumer_handles_is_stored_as_skipped()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var endpoint = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri("queue:record-entry"));

        await endpoint.Send(new Unhandled(Guid.NewGuid()));

        var entry = await PoisonCheck.WaitForDeadLetterAsync(host, TimeSpan.FromSeconds(20));
        Assert.Equal(SkippedMessageFilter.Reason, entry.Reason);
        Assert.Contains("Unhandled", entry.MessageType, StringComparison.Ordinal);
    }

    private static async Task<DeadLetter?> WaitForAsync(ModuleTestHost host, Guid id, Func<DeadLetter?, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var entry = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
            if (condition(entry))
            {
                return entry;
            }

            if (DateTime.UtcNow >= deadline)
            {
                var store = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
                var all = await store.DeadLetters.AsNoTracking().ToListAsync();
                var rows = await store.Set<ComplianceHub.Shared.Messaging.Outbox.OutboxMessage>().AsNoTracking().ToListAsync();
                Assert.Fail($"The dead letter never reached the expected state. Entries: {string.Join("; ", all.Select(d => $"{d.Id} {d.FailureCount} {d.Reason} replayed={d.ReplayedAt}"))}. Outbox: {string.Join("; ", rows.Select(r => $"{r.DestinationAddress} delivered={r.DeliveredAt} attempts={r.Attempts} error={r.LastError}"))}");
            }

            await Task.Delay(100);
        }
    }
}
