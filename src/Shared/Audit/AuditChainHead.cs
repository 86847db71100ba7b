namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The one row every append locks and moves: appends are serialized across hosts, and an entry deleted from the end
/// of the chain shows as a head that points past the last entry.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
