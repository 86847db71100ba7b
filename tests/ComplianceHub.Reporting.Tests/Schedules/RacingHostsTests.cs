using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Two hosts fire the same period at once: both pass the "already made?" check, the database settles it.</summary>
public sealed class RacingHostsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ch-race-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task When_another_host_inserts_the_period_between_check_and_save_Should_answer_already_made()
    {
        var connection = $"Data Source={Path.Combine(_directory, "race.db")}";
        var organization = Guid.NewGuid();
        var period = new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        await using (var setup = Context(connection))
        {
            await setup.Database.EnsureCreatedAsync();
            await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // Host B's insert lands right after host A's check has read "no report yet".
        var otherHost = new AfterFirstRead(async () =>
        {
            await using var b = Context(connection);
            var bOutbox = new RecordingPublishEndpoint();
            Assert.NotNull(await new ReportRequests(b, TimeProvider.System).AddAsync(
                organization, ReportType.ProcessorCompliance, period, ReportTrigger.Scheduled, "schedule", bOutbox, CancellationToken.None));
            await b.SaveChangesAsync();
        });
        await using var a = Context(connection, otherHost);
        var outbox = new RecordingOutbox();

        var queued = await new ScheduledReports(a, new ReportRequests(a, TimeProvider.System), outbox)
            .QueueAsync(organization, ReportType.ProcessorCompliance, period, CancellationToken.None);

        Assert.True(otherHost.Ran);
        Assert.Null(queued);
        await using var check = Context(connection);
        Assert.Equal(1, await check.Reports.CountAsync(r => r.OrganizationId == organization));
    }

    private static ReportingDbContext Context(string connection, params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<ReportingDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options);

    private sealed class RecordingOutbox : IModuleOutbox<ReportingDbContext>
    {
        public IPublishEndpoint PublishEndpoint { get; } = new RecordingPublishEndpoint();

        public ISendEndpointProvider SendEndpointProvider => throw new NotSupportedException();

        public IMessageScheduler Scheduler => throw new NotSupportedException();
    }

    /// <summary>Runs an action once, after the first query of the context has been answered.</summary>
    private sealed class AfterFirstRead(Func<Task> action) : DbCommandInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (!Ran && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                Ran = true;

                // WAL: the other host writes while this reader is still open.
                await action();
            }

            return result;
        }
    }
}
