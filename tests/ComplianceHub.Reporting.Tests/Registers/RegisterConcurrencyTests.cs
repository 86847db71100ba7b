using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

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

    [Fact]
    public async Task When_the_entry_changes_between_the_check_and_the_save_the_write_answers_409_and_records_nothing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var id = (await RegisterApi.CreateAsync(dpo, "/processors", RegisterApi.Processor())).GetProperty("id").GetGuid();

        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var processor = await db.Processors.SingleAsync(p => p.Id == id);

        // Another request saves revision 2 after this one checked revision 1.
        await host.WithDbAsync(other => other.Processors.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Revision, 2).SetProperty(p => p.Name, "Other editor")));
        var writes = scope.ServiceProvider.GetRequiredService<RegisterWrites>();
        var conflict = await writes.ReplaceAsync(RegisterKind.Processor, processor, revision: 1, p => p.Name = "This editor",
            p => new { name = p.Name }, "test", CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsType<ProblemHttpResult>(conflict).StatusCode);
        Assert.Equal("Other editor", await host.WithDbAsync(other => other.Processors.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        Assert.Equal(1, await host.WithDbAsync(other => other.RegisterChanges.CountAsync(c => c.EntryId == id)));
        Assert.Equal(1, await host.WithAuditAsync(audit => audit.Entries.CountAsync(e => e.Type == AuditTypes.RegisterChanged && e.Subject == $"processors/{id}")));
    }
}
