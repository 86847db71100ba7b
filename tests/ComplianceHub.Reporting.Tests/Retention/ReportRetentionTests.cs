using ComplianceHub.Reporting.Retention;

namespace ComplianceHub.Reporting.Tests.Retention;

public sealed class ReportRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_delete_finished_reports_past_retention_with_their_content_and_record_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var organization = Guid.NewGuid();
        var old = Report(organization, Now.AddDays(-3 * 365 - 1), ReportStatus.Completed);
        var oldFailed = Report(organization, Now.AddDays(-3 * 365 - 2), ReportStatus.Failed);
        var oldPending = Report(organization, Now.AddDays(-3 * 365 - 3), ReportStatus.Pending);
        var recent = Report(organization, Now.AddDays(-3 * 365 + 1), ReportStatus.Completed);
        await host.WithDbAsync(async db =>
        {
            db.Reports.AddRange(old, oldFailed, oldPending, recent);
            db.ReportChunks.AddRange(Chunk(old.Id, 0), Chunk(old.Id, 1), Chunk(recent.Id, 0));
            return await db.SaveChangesAsync();
        });

        int removed;
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            removed = await scope.ServiceProvider.GetRequiredService<ReportRetention>().PurgeAsync(Now, CancellationToken.None);
        }

        Assert.Equal(2, removed);
        var left = await host.WithDbAsync(db => db.Reports.Select(r => r.Id).ToListAsync());
        Assert.Equal(new[] { oldPending.Id, recent.Id }.Order(), left.Order());
        Assert.Equal([recent.Id], await host.WithDbAsync(db => db.ReportChunks.Select(c => c.ReportId).ToListAsync()));
        await using var audit = host.App.Services.CreateAsyncScope();
        var db = audit.ServiceProvider.GetRequiredService<AuditDbContext>();
        var purge = await db.Entries.SingleAsync(e => e.Type == AuditTypes.ReportsPurged);
        Assert.Contains("\"deleted\":\"2\"", purge.Data, StringComparison.Ordinal);
        Assert.Contains("\"chunks\":\"2\"", purge.Data, StringComparison.Ordinal);
        Assert.True((await audit.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None)).Valid);
    }

    [Fact]
    public void Should_refuse_a_retention_shorter_than_a_year() =>
        Assert.Contains(
            new ReportRetentionOptions { Reports = TimeSpan.FromDays(364) }.Validate(ReportRetentionOptions.Section),
            e => e.Contains("Modules:Reporting:Retention:Reports", StringComparison.Ordinal));

    private static Report Report(Guid organization, DateTimeOffset requestedAt, ReportStatus status) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = organization,
        Type = ReportType.ProcessorCompliance,
        Trigger = ReportTrigger.OnDemand,
        PeriodStart = new DateOnly(2023, 1, 1),
        PeriodEnd = new DateOnly(2023, 1, 31),
        TimeZone = "Europe/Berlin",
        RequestedAt = requestedAt,
        RequestedBy = "tester",
        Status = status,
    };

    private static ReportChunk Chunk(Guid report, int sequence) => new() { ReportId = report, Sequence = sequence, Data = [1, 2, 3] };
}
