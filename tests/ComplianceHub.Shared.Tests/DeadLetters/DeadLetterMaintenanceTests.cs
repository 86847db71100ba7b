namespace ComplianceHub.Shared.Tests.DeadLetters;

public sealed class DeadLetterMaintenanceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reaching_the_threshold_raises_exactly_one_alert_per_cooldown()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:DeadLetters:AlertThreshold=3"));
        await SeedAsync(host, T0, T0);

        Assert.False(await CheckAsync(host, T0));
        await SeedAsync(host, T0);
        Assert.True(await CheckAsync(host, T0));
        await SeedAsync(host, T0.AddMinutes(1));
        Assert.False(await CheckAsync(host, T0.AddMinutes(4))); // inside the cooldown: nothing new
        Assert.True(await CheckAsync(host, T0.AddMinutes(5))); // after it: a new alert

        Assert.Equal(2, await AlertsAsync(host));
    }

    [Fact]
    public async Task Retention_archives_old_entries_out_of_the_live_store_and_deletes_expired_ones()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var now = DateTimeOffset.UtcNow;
        var (expired, old, fresh) = (await SeedAsync(host, now.AddDays(-31)), await SeedAsync(host, now.AddDays(-8)), await SeedAsync(host, now.AddDays(-1)));

        var (archived, deleted) = await host.Services.GetRequiredService<DeadLetterMaintenance>().RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), (archived, deleted));
        await using var scope = host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().ToDictionaryAsync(d => d.Id);
        Assert.False(entries.ContainsKey(expired[0]));
        Assert.NotNull(entries[old[0]].ArchivedAt);
        Assert.Null(entries[fresh[0]].ArchivedAt);
    }

    private static async Task<bool> CheckAsync(ModuleTestHost host, DateTimeOffset now)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadLetterAlerts>().CheckAsync(now, CancellationToken.None);
    }

    private static async Task<int> AlertsAsync(ModuleTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.MessageType.Contains(nameof(DeadLetterThresholdReached)));
    }

    private static async Task<List<Guid>> SeedAsync(ModuleTestHost host, params DateTimeOffset[] failedAt)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        var entries = failedAt.Select(at => new DeadLetter
        {
            Id = NewId.NextGuid(),
            MessageType = "urn:message:ComplianceHub.Testing.Ledger:RecordEntry",
            SourceQueue = "record-entry",
            Reason = "Retries exhausted after 6 attempts: System.TimeoutException",
            ExceptionType = "System.TimeoutException",
            FailureCount = 1,
            FirstFailedAt = at,
            LastFailedAt = at,
            Attempts = "[]",
            Payload = [1],
        }).ToList();
        db.DeadLetters.AddRange(entries);
        await db.SaveChangesAsync();
        return [.. entries.Select(e => e.Id)];
    }
}
