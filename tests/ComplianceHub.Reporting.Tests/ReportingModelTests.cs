namespace ComplianceHub.Reporting.Tests;

public sealed class ReportingModelTests
{
    [Fact]
    public async Task Should_make_one_scheduled_report_per_schedule_key()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ReportingDbContext>().UseSqlite(connection).Options;
        await using var db = new ReportingDbContext(options);
        await db.Database.EnsureCreatedAsync();
        var organization = Guid.NewGuid();

        db.Reports.Add(Scheduled(organization));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.Reports.Add(Scheduled(organization));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static Report Scheduled(Guid organization) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = organization,
        Type = ReportType.ProcessorCompliance,
        Trigger = ReportTrigger.Scheduled,
        ScheduleKey = "ProcessorCompliance/2026-11-01/2026-11-30",
        PeriodStart = new DateOnly(2026, 11, 1),
        PeriodEnd = new DateOnly(2026, 11, 30),
        TimeZone = "Europe/Berlin",
        RequestedBy = "schedule",
    };
}
