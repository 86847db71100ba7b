using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// The accountability record (Art. 5(2)) as modules write to it; the Audit module keeps it (a hash chain with a signed
/// head). An entry is appended on its own, or inside the caller's open transaction so that it commits with the
/// caller's changes or not at all.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Appends one entry in a transaction of its own.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Appends one entry inside <paramref name="changes"/>' open transaction.</summary>
    Task AppendAsync(AuditRecord record, DbContext changes, CancellationToken cancellationToken);

    /// <summary>Appends entries in order, in one transaction of their own.</summary>
    Task AppendBatchAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);
}
