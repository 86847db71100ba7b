namespace ComplianceHub.Reporting.Tests.Reports;

/// <summary>The same on a real PostgreSQL (started on loopback): uuid ordering, timestamptz and the keyset predicate.</summary>
public sealed class DataSubjectRequestLogOnPostgreSqlTests : DataSubjectRequestLogContract
{
    private PostgresServer? _server;

    private protected override async Task<ReportingHarness> StartAsync()
    {
        _server = await PostgresServer.StartAsync();
        var connectionString = await _server.CreateDatabaseAsync("reporting_tests");
        return await ReportingHarness.StartAsync(
            inactivitySeconds: 20, database: new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
