using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>Two writers that both passed the revision check on the same state: the database lets only one through.</summary>
public sealed class RegisterConcurrencyTests
{
    [Fact]
    public async Task When_two_writers_save_the_same_revision_the_second_fails()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<ReportingDbContext>().UseSqlite(connection).Options;
        await using (var setup = new ReportingDbContext(options))
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Processors.Add(new Processor { Id = Guid.Empty, Revision = 1, Name = "P", Country = "DE", SubProcessors = [] });
            await setup.SaveChangesAsync();
        }

        await using var first = new ReportingDbContext(options);
        await using var second = new ReportingDbContext(options);
        var mine = await first.Processors.SingleAsync();
        var theirs = await second.Processors.SingleAsync();
        mine.Name = "First";
        mine.Revision++;
        theirs.Name = "Second";
        theirs.Revision++;

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
