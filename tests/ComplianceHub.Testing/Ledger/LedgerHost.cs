using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Hosting;
using ComplianceHub.Shared.Http.Idempotency.Data;
using ComplianceHub.Shared.Identity.Data;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Sagas;
using ComplianceHub.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing.Ledger;

/// <summary>The real host wiring (SQLite, in-memory bus, outbox, inbox, dispatcher) with the ledger module only.</summary>
public sealed class LedgerHost : IAsyncDisposable
{
    private LedgerHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public static Task<LedgerHost> StartAsync(params string[] settings) =>
        StartInAsync(Directory.CreateTempSubdirectory("ch-ledger-").FullName, settings);

    /// <summary>Starts on a given data directory: a second host on the same directory sees the same SQLite database.</summary>
    public static async Task<LedgerHost> StartInAsync(string data, params string[] settings)
    {
        var builder = ComplianceHubHost.CreateBuilder(
        [
            $"--Storage:DataDirectory={data}",
            "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef",
            "--Database:MigrateOnStartup=false",
            "--Urls=http://127.0.0.1:0",
            "--Messaging:Outbox:PollInterval=00:00:00.200",
            .. settings.Select(s => "--" + s),
        ]);
        builder.AddModuleDbContext<LedgerDbContext>();
        builder.Services.AddSingleton<LedgerFaults>();
        builder.AddModuleMessaging(bus =>
        {
            bus.AddConsumer<RecordEntryConsumer>();
            bus.AddConsumer<EntryRecordedConsumer>();
            bus.AddModuleSagaStateMachine<LedgerRoundStateMachine, LedgerRound, LedgerDbContext>();
        });
        builder.AddMessaging();
        var app = builder.Build();
        app.MapComplianceHub();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Database.MigrateAsync();
        }

        await app.StartAsync();

        // On RabbitMQ a message published before the endpoints have bound their exchanges is dropped: wait for them.
        var bus = app.Services.GetRequiredService<MassTransit.IBusControl>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (bus.CheckHealth().Status != MassTransit.BusHealthStatus.Healthy)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bus did not become healthy.");
            }

            await Task.Delay(50);
        }

        return new LedgerHost(app);
    }

    public async Task<T> WithDbAsync<T>(Func<LedgerDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LedgerDbContext>());
    }

    /// <summary>Polls until the condition holds on the database, or fails after the timeout.</summary>
    public async Task WaitUntilAsync(Func<LedgerDbContext, Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await WithDbAsync(condition))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The ledger never reached the expected state.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
