namespace ComplianceHub.Security.Domain;

/// <summary>
/// Records read (and attempts denied) by one pseudonymised principal in one clock hour (UTC): the rollup the access-pattern baseline sums
/// (at most 168 rows per principal), so the baseline never scans events.
/// </summary>
internal sealed class PrincipalHourlyReads
{
    public required Guid OrganizationId { get; init; }

    public required string Principal { get; init; }

    public required DateTimeOffset Hour { get; init; }

    public long RecordsRead { get; set; }

    /// <summary>Denied attempts in the hour: with <see cref="RecordsRead"/>, an upper bound that spares exact window counts for principals far below a threshold.</summary>
    public long DeniedAttempts { get; set; }

    /// <summary>Concurrency token: two sources reporting the same principal at once do not lose an increment.</summary>
    public int Revision { get; set; }
}
