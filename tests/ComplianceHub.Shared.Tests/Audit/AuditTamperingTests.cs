namespace ComplianceHub.Shared.Tests.Audit;

/// <summary>The end of the audit chain cannot be cut off unseen (SQLite; the PostgreSQL run is in the integration tests).</summary>
public sealed class AuditTamperingTests
{
    [Fact]
    public async Task When_the_last_entry_is_deleted_and_the_head_reset_with_sql_verify_names_the_break_and_appends_stop()
    {
        var data = Directory.CreateTempSubdirectory("ch-audit-").FullName;
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data));
        await AuditTamperScenarios.The_last_entry_deleted_and_the_head_reset_with_sql_is_named_and_stops_appends(host, () => ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data)));
    }

    [Fact]
    public async Task When_every_entry_is_deleted_verify_against_the_last_checkpoint_reports_what_is_missing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await AuditTamperScenarios.Everything_deleted_is_reported_missing_against_the_last_checkpoint(host);
    }

    [Fact]
    public async Task A_head_with_a_forged_signature_is_invalid()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        await AuditTamperScenarios.A_forged_head_signature_is_invalid(host);
    }
}
