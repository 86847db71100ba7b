using MassTransit;

namespace ComplianceHub.Testing.Ledger;

/// <summary>Appends a row per event it sees, in arrival order, to prove delivery and ordering.</summary>
public sealed class EntryRecordedConsumer(LedgerDbContext db) : IConsumer<EntryRecorded>
{
    public Task Consume(ConsumeContext<EntryRecorded> context)
    {
        var message = context.Message;
        db.Add(new LedgerEntry { Kind = "observed", Key = message.Key, Sequence = message.Sequence, PartitionKey = message.PartitionKey });
        return Task.CompletedTask;
    }
}
