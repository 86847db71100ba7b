using ComplianceHub.Shared.Identity;

namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>One host shared by tests that only read or add their own entries: a DPO's client of one organisation.</summary>
public sealed class ReportingHostFixture : IAsyncLifetime
{
    private ReportingHost? _host;

    public ReportingHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public Guid Organization { get; private set; }

    public HttpClient Dpo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await ReportingHost.StartAsync();
        (Organization, Dpo) = await _host.OrganizationAsync(Roles.Dpo);
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
