using MassTransit;

namespace ComplianceHub.Testing.Ledger;

/// <summary>
/// Appends a row per event it sees, to prove delivery and ordering. It takes an uneven time per message, as real
/// consumers do, so concurrent processing without per-key ordering would commit rows out of order.
/// </summary>
public sealed class EntryRecordedConsumer(LedgerDbContext db) : IConsumer<EntryRecorded>
{
    public async Task Consume(ConsumeContext<EntryRecorded> context)
    {
        var message = context.Message;
        await Task.Delay((message.Sequence * 7) % 20, context.CancellationToken);
        db.Add(new LedgerEntry { Kind = "observed", Key = message.Key, Sequence = message.Sequence, PartitionKey = message.PartitionKey });
    }
}
