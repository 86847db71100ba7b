namespace ComplianceHub.Testing.Ledger;

public sealed record RecordEntry(Guid Key, string PartitionKey, int Sequence, bool FailAfterPublishing = false);
