using System.Text;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.DeadLetters.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing.Ledger;

/// <summary>The poison-message scenario, on whatever servers the host runs: one message that always fails among healthy ones.</summary>
public static class PoisonCheck
{
    /// <summary>Publishes the poison message first, then the healthy ones; returns once all healthy ones took effect and the poison one is dead-lettered.</summary>
    public static async Task<DeadLetter> RunAsync(ModuleTestHost host, Guid poisonKey, int healthy, TimeSpan timeout)
    {
        var bus = host.Services.GetRequiredService<MassTransit.IBus>();
        host.Services.GetRequiredService<LedgerFaults>().Break(poisonKey); // until the test fixes it
        await bus.Publish(new RecordEntry(poisonKey, "poison", 0));
        for (var i = 1; i <= healthy; i++)
        {
            await bus.Publish(new RecordEntry(Guid.NewGuid(), $"healthy-{i % 16}", i));
        }

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().CountAsync(e => e.Kind == "recorded") == healthy, timeout);
        return await WaitForDeadLetterAsync(host, timeout);
    }

    public static async Task<DeadLetter> WaitForDeadLetterAsync(ModuleTestHost host, TimeSpan timeout) =>
        (await WaitForDeadLettersAsync(host, 1, timeout)).FirstOrDefault() ?? throw new TimeoutException("No dead letter was stored.");

    /// <summary>The store's entries once there are at least <paramref name="count"/> (or what there is at the timeout).</summary>
    public static async Task<List<DeadLetter>> WaitForDeadLettersAsync(ModuleTestHost host, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var entries = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AsNoTracking().ToListAsync();
            if (entries.Count >= count || DateTime.UtcNow > deadline)
            {
                return entries;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Fixes the poison key's fault and replays its entry; returns once the entry has left the store.</summary>
    public static async Task FixAndReplayAsync(ModuleTestHost host, Guid poisonKey, Guid entryId, TimeSpan timeout)
    {
        host.Services.GetRequiredService<LedgerFaults>().Fix(poisonKey);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var entry = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.SingleAsync(d => d.Id == entryId);
            await scope.ServiceProvider.GetRequiredService<DeadLetterReplays>().ReplayAsync(entry, CancellationToken.None);
        }

        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().DeadLetters.AnyAsync(d => d.Id == entryId))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var rows = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<ComplianceHub.Shared.Messaging.Outbox.OutboxMessage>()
                    .AsNoTracking().ToListAsync();
                var recorded = await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == poisonKey));
                throw new TimeoutException(
                    $"The replayed dead letter never left the store (ledger rows for the key: {recorded}; replay rows: " +
                    string.Join("; ", rows.Select(r => $"{r.DestinationAddress} delivered={r.DeliveredAt} attempts={r.Attempts} error={r.LastError}")) + ").");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The message as it was received, decrypted from the store.</summary>
    public static string DecryptedBody(ModuleTestHost host, DeadLetter entry) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(host.Services.GetRequiredService<DeadLetterWriter>().Decrypt(entry).Body));
}
