using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>The Reporting module on the real host wiring (SQLite file, migrations, identity, audit trail, in-memory bus).</summary>
public sealed class ReportingHost : IAsyncDisposable
{
    private const string AdminKey = "unit-test-admin-key-0123456789abcdef";

    private ReportingHost(WebApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        Admin = Client(AdminKey);
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    /// <summary>The platform Admin (bootstrap key): bound to no organisation.</summary>
    public HttpClient Admin { get; }

    public static async Task<ReportingHost> StartAsync(params string[] settings)
    {
        var data = Directory.CreateTempSubdirectory("ch-reporting-").FullName;
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={data}",
            $"--Security:BootstrapAdminKey={AdminKey}",
            "--Urls=http://127.0.0.1:0",
            "--Http:RequestsPerSecond=100000",
            "--Http:Burst=100000",
            .. settings,
        ]);
        builder.AddReportingModule();
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub().MapReportingEndpoints();
        await app.StartAsync();
        return new ReportingHost(app, data);
    }

    public HttpClient Client(string key)
    {
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A new organisation and a client holding a key of it with the given roles.</summary>
    public async Task<(Guid Organization, HttpClient Client)> OrganizationAsync(params string[] roles)
    {
        using var created = await Admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Test controller", homeCountry = "DE" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (id, await KeyAsync(id, roles));
    }

    public async Task<HttpClient> KeyAsync(Guid organization, params string[] roles)
    {
        using var key = await Admin.PostAsJsonAsync($"/api/v1/organizations/{organization}/api-keys", new { name = "test key", roles });
        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        return Client((await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
    }

    public async Task<T> WithDbAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public async Task<T> WithAuditAsync<T>(Func<AuditDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AuditDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file a moment; the temp directory is the OS's to clean then.
        }
    }
}
