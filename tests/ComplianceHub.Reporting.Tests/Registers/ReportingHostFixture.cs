namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>One host shared by tests that only read or add their own entries: a DPO's client of one organisation.</summary>
public sealed class ReportingHostFixture : IAsyncLifetime
{
    private ModuleTestHost? _host;

    public ModuleTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public Guid Organization { get; private set; }

    public HttpClient Dpo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await ModuleTestHost.StartAsync(h => h.Reporting());
        (Organization, Dpo) = await _host.OrganizationWithCallerAsync(Roles.Dpo);
    }

    public async Task DisposeAsync()
    {
        Dpo.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
