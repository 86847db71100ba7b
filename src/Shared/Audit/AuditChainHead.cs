namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The one row every append locks and moves: appends are serialized across hosts, and an entry deleted from the end
/// of the chain shows as a head that points past the last entry. It also keeps the retention anchor, where the
/// remaining chain starts once old entries were purged.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }

    /// <summary>The last entry deleted by retention (0 when none): the remaining chain starts at the next number.</summary>
    public long AnchorSequence { get; set; }

    /// <summary>The hash of that entry, which the first remaining entry points back to (the genesis hash when none).</summary>
    public string AnchorHash { get; set; } = AuditChain.Genesis;
}
