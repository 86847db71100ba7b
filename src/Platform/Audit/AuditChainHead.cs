namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The one row every append locks and moves: appends are serialized across hosts, and an entry deleted from the end
/// of the chain shows as a head that points past the last entry. It also keeps the retention anchor, where the
/// remaining chain starts once old entries were purged. The head is signed (over sequence, hash, anchor and legacy
/// boundary, under the audit-head key): moving it back over a cut chain needs the key, and an append refuses a head
/// whose signature fails (<see cref="AuditHeadGuard"/>).
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

    /// <summary>
    /// Entries up to this number were signed before keys were derived per purpose (directly with the ring key) and
    /// verify as such; every later entry must carry a derived-key signature. Set once, when the head is first signed.
    /// </summary>
    public long LegacySignaturesUntil { get; set; }

    /// <summary>The ring key the head's signature was made under; empty until the head is first signed.</summary>
    public string KeyId { get; set; } = "";

    public string Signature { get; set; } = "";
}
