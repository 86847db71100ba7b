using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>The Reporting module on the real host wiring: SQLite in a temporary directory, the in-memory bus, the hosted Quartz scheduler.</summary>
internal sealed class ReportingHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";
    private readonly string _directory;

    private ReportingHost(WebApplication app, string directory)
    {
        App = app;
        _directory = directory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ReportingHost> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("ch-reporting-").FullName;
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={directory}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.100",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
        ]);
        builder.AddReportingModule();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapReportingEndpoints();
        await app.StartAsync();
        await Poll.UntilAsync(() => Task.FromResult(app.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy));
        return new ReportingHost(app, directory);
    }

    public async Task<Guid> OrganizationAsync(string homeCountry)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<T> WithDbAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
