namespace ComplianceHub.Testing.Ledger;

public sealed class LedgerEntry
{
    public long Id { get; set; }

    public required string Kind { get; init; }

    public Guid Key { get; init; }

    public int Sequence { get; init; }

    public required string PartitionKey { get; init; }
}
