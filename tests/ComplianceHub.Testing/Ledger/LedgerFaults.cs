using System.Collections.Concurrent;

namespace ComplianceHub.Testing.Ledger;

/// <summary>A fault outside the message: entries for a broken key fail until the key is fixed (to replay after a fix).</summary>
public sealed class LedgerFaults
{
    private readonly ConcurrentDictionary<Guid, bool> _broken = new();

    public void Break(Guid key) => _broken[key] = true;

    public void Fix(Guid key) => _broken.TryRemove(key, out _);

    public bool IsBroken(Guid key) => _broken.ContainsKey(key);
}
