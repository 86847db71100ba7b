using ComplianceHub.Shared.Messaging.Metrics;

namespace ComplianceHub.Shared.Tests.Messaging;

public sealed class OutboxMetricsTests
{
    [Fact]
    public async Task The_sample_counts_due_rows_their_oldest_age_parked_rows_and_waiting_timers()
    {
        // A database with no host running: nothing is delivered while we measure.
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "metrics.db");
        var builder = new DbContextOptionsBuilder<LedgerDbContext>();
        builder.UseModuleDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" }, "ledger");
        await using var db = new LedgerDbContext(builder.Options);
        await db.Database.EnsureCreatedAsync();
        var now = DateTimeOffset.UtcNow;
        db.AddRange(
                Row(now.AddMinutes(-10)),
                Row(now.AddMinutes(-2)),
                Row(now.AddMinutes(-30), parked: true),
                Row(now.AddMinutes(-1), dueAt: now.AddHours(72)),
                Row(now.AddMinutes(-40), delivered: true));
        await db.SaveChangesAsync();

        var snapshot = await OutboxMetricsSampler<LedgerDbContext>.SampleAsync(db, now, default);

        Assert.Equal(2, snapshot.Backlog);
        Assert.InRange(snapshot.OldestAgeSeconds, 599, 601);
        Assert.Equal(1, snapshot.Parked);
        Assert.Equal(1, snapshot.PendingTimers);
    }

    private static OutboxMessage Row(DateTimeOffset createdAt, bool parked = false, bool delivered = false, DateTimeOffset? dueAt = null) => new()
    {
        PartitionKey = Guid.NewGuid().ToString("N"),
        CreatedAt = createdAt,
        DueAt = dueAt,
        ParkedAt = parked ? createdAt : null,
        DeliveredAt = delivered ? createdAt : null,
        MessageId = Guid.NewGuid(),
        DestinationAddress = "loopback://localhost/nowhere",
        ContentType = "application/vnd.masstransit+json",
        MessageType = "urn:message:X",
        Body = "{}",
    };
}
