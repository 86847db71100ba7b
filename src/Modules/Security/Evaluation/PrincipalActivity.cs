namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The stored access events of a principal over the span one evaluation's windows cover, read once per principal and
/// only for principals whose hourly rollups show they can reach a threshold: the windows are then counted in memory.
/// </summary>
internal sealed class PrincipalActivity
{
    private readonly Dictionary<string, List<(DateTimeOffset At, bool Denied, int Records)>> _byPrincipal = [];
    private readonly SecurityDbContext _db;
    private readonly Guid _organizationId;
    private readonly DateTimeOffset _from;
    private readonly DateTimeOffset _to;

    public PrincipalActivity(SecurityDbContext db, Guid organizationId, IReadOnlyCollection<SecurityEvent> events, TimeSpan longestWindow)
    {
        _db = db;
        _organizationId = organizationId;
        _from = events.Count == 0 ? default : events.Min(e => e.OccurredAt) - longestWindow;
        _to = events.Count == 0 ? default : events.Max(e => e.OccurredAt);
    }

    /// <summary>Reads the events of the evaluation's span of the principals not read yet, in one query.</summary>
    public async Task LoadAsync(IEnumerable<string> principals, CancellationToken cancellationToken)
    {
        var wanted = principals.Where(p => !_byPrincipal.ContainsKey(p)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var rows = await _db.Events.AsNoTracking()
            .Where(e => e.OrganizationId == _organizationId && wanted.Contains(e.Principal!) && e.OccurredAt > _from && e.OccurredAt <= _to)
            .Select(e => new { e.Principal, e.OccurredAt, e.Outcome, e.RecordsRead })
            .ToListAsync(cancellationToken);
        foreach (var principal in wanted)
        {
            _byPrincipal[principal] = [];
        }

        foreach (var r in rows)
        {
            _byPrincipal[r.Principal!].Add((r.OccurredAt, r.Outcome == AccessOutcome.Denied, r.RecordsRead ?? 0));
        }
    }

    /// <summary>Denied attempts of the principal in (from, to].</summary>
    public int Denied(string principal, DateTimeOffset from, DateTimeOffset to) =>
        _byPrincipal.TryGetValue(principal, out var list) ? list.Count(e => e.Denied && e.At > from && e.At <= to) : 0;

    /// <summary>Records the principal read in (from, to].</summary>
    public long Read(string principal, DateTimeOffset from, DateTimeOffset to) =>
        _byPrincipal.TryGetValue(principal, out var list) ? list.Where(e => e.At > from && e.At <= to).Sum(e => (long)e.Records) : 0;
}
