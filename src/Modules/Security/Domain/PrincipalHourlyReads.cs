namespace ComplianceHub.Security.Domain;

/// <summary>
/// Records read by one pseudonymised principal in one clock hour (UTC): the rollup the access-pattern baseline sums
/// (at most 168 rows per principal), so the baseline never scans events.
/// </summary>
internal sealed class PrincipalHourlyReads
{
    public required Guid OrganizationId { get; init; }

    public required string Principal { get; init; }

    public required DateTimeOffset Hour { get; init; }

    public long RecordsRead { get; set; }

    /// <summary>Concurrency token: two sources reporting the same principal at once do not lose an increment.</summary>
    public int Revision { get; set; }
}
