namespace ComplianceHub.Shared.Tests.Messaging.Ledger;

public sealed record EntryRecorded(Guid Key, string PartitionKey, int Sequence);
