using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Messaging.Sagas;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing.Ledger;

/// <summary>The ledger module on <see cref="ModuleTestHost"/>: the real wiring (outbox, inbox, dispatcher, saga) with no business module.</summary>
public static class LedgerTestHostExtensions
{
    extension(ModuleTestHostOptions options)
    {
        /// <summary>The ledger module only, its schema created before start (no migrations).</summary>
        public ModuleTestHostOptions Ledger(params IEnumerable<string> settings) => options
            .InTemporaryDirectory("ch-ledger-")
            .FastOutbox("00:00:00.200", keepDelivered: false)
            .AddModule(builder =>
            {
                builder.AddModuleDbContext<LedgerDbContext>();
                builder.Services.AddSingleton<LedgerFaults>();
                builder.AddModuleMessaging(bus =>
                {
                    bus.AddConsumer<RecordEntryConsumer>();
                    bus.AddConsumer<EntryRecordedConsumer>();
                    bus.AddModuleSagaStateMachine<LedgerRoundStateMachine, LedgerRound, LedgerDbContext>();
                });
            })
            .PreparedSchemas(async services =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
            })
            .With(settings);
    }

    extension(ModuleTestHost host)
    {
        public Task<T> WithDbAsync<T>(Func<LedgerDbContext, Task<T>> query) => host.WithDbAsync<LedgerDbContext, T>(query);

        /// <summary>Polls until the condition holds on the ledger's database, or fails after the timeout.</summary>
        public Task WaitUntilAsync(Func<LedgerDbContext, Task<bool>> condition, TimeSpan? timeout = null) =>
            Poll.UntilAsync(() => host.WithDbAsync(condition), timeout);
    }
}
