namespace ComplianceHub.Shared.Tests.Messaging.Ledger;

public sealed record RecordEntry(Guid Key, string PartitionKey, int Sequence, bool FailAfterPublishing = false);
