namespace ComplianceHub.Testing.Ledger;

public sealed record EntryRecorded(Guid Key, string PartitionKey, int Sequence);
