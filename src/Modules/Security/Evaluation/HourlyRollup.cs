namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// One principal's clock hour as one evaluation sees it: what was stored when the evaluation began (with its
/// revision, or none when there was no row yet) and what this evaluation adds to it.
/// </summary>
internal sealed class HourlyRollup
{
    public required string Principal { get; init; }

    public required DateTimeOffset Hour { get; init; }

    public long StoredRecords { get; init; }

    public long StoredDenied { get; init; }

    /// <summary>The stored row's revision; null when the evaluation found no row.</summary>
    public int? StoredRevision { get; init; }

    public long AddedRecords { get; set; }

    public long AddedDenied { get; set; }

    /// <summary>Added to, even by an event that neither read records nor was denied: the row must exist afterwards.</summary>
    public bool Touched { get; set; }

    public long Records => StoredRecords + AddedRecords;

    public long Denied => StoredDenied + AddedDenied;

    /// <summary>The revision the row holds once this evaluation's increments are written: one past the stored one.</summary>
    public int NextRevision => (StoredRevision ?? 0) + 1;
}
