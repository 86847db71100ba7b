using ComplianceHub.Testing.Audit;

namespace ComplianceHub.IntegrationTests;

/// <summary>The end of the audit chain cannot be cut off unseen, on PostgreSQL.</summary>
[Collection(ServersCollection.Name)]
public sealed class AuditTamperingOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task When_the_last_entry_is_deleted_and_the_head_reset_with_sql_verify_names_the_break_and_appends_stop()
    {
        var settings = await servers.FreshHostArgsAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(settings));
        await AuditTamperScenarios.The_last_entry_deleted_and_the_head_reset_with_sql_is_named_and_stops_appends(host, () => ModuleTestHost.StartAsync(h => h.Ledger(settings)));
    }

    [Fact]
    public async Task When_every_entry_is_deleted_verify_against_the_last_checkpoint_reports_what_is_missing()
    {
        var settings = await servers.FreshHostArgsAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(settings));
        await AuditTamperScenarios.Everything_deleted_is_reported_missing_against_the_last_checkpoint(host);
    }

    [Fact]
    public async Task A_head_with_a_forged_signature_is_invalid()
    {
        var settings = await servers.FreshHostArgsAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(settings));
        await AuditTamperScenarios.A_forged_head_signature_is_invalid(host);
    }
}
