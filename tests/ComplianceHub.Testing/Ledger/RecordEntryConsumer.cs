using MassTransit;

namespace ComplianceHub.Testing.Ledger;

/// <summary>Appends a row and publishes an event; optionally fails afterwards, which must undo both.</summary>
public sealed class RecordEntryConsumer(LedgerDbContext db, LedgerFaults faults) : IConsumer<RecordEntry>
{
    public async Task Consume(ConsumeContext<RecordEntry> context)
    {
        var message = context.Message;
        db.Add(new LedgerEntry { Kind = "recorded", Key = message.Key, Sequence = message.Sequence, PartitionKey = message.PartitionKey });
        await context.Publish(
            new EntryRecorded(message.Key, message.PartitionKey, message.Sequence),
            c => c.Headers.Set("CH-Partition-Key", message.PartitionKey));
        if (message.FailAfterPublishing || faults.IsBroken(message.Key))
        {
            throw new InvalidOperationException("Consumer failed after publishing.");
        }
    }
}
