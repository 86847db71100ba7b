using ComplianceHub.Security.Data;
using ComplianceHub.Security.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The stored access events of the principals one evaluation concerns, over the span its windows cover, read in one
/// query: the windows are then counted in memory instead of one query per event (a batch of 1,000 events costs one
/// read, not a thousand).
/// </summary>
internal sealed class PrincipalActivity
{
    private readonly Dictionary<string, List<(DateTimeOffset At, bool Denied, int Records)>> _byPrincipal;

    private PrincipalActivity(Dictionary<string, List<(DateTimeOffset, bool, int)>> byPrincipal) => _byPrincipal = byPrincipal;

    public static async Task<PrincipalActivity> LoadAsync(
        SecurityDbContext db, Guid organizationId, IReadOnlyCollection<SecurityEvent> events, TimeSpan longestWindow, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return new PrincipalActivity([]);
        }

        var principals = events.Select(e => e.Principal!).Distinct().ToList();
        var from = events.Min(e => e.OccurredAt) - longestWindow;
        var to = events.Max(e => e.OccurredAt);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && e.Principal != null && principals.Contains(e.Principal) && e.OccurredAt > from && e.OccurredAt <= to)
            .Select(e => new { e.Principal, e.OccurredAt, e.Outcome, e.RecordsRead })
            .ToListAsync(cancellationToken);
        return new PrincipalActivity(rows.GroupBy(r => r.Principal!).ToDictionary(
            g => g.Key,
            g => g.Select(r => (r.OccurredAt, r.Outcome == AccessOutcome.Denied, r.RecordsRead ?? 0)).ToList()));
    }

    /// <summary>Denied attempts of the principal in (from, to].</summary>
    public int Denied(string principal, DateTimeOffset from, DateTimeOffset to) =>
        _byPrincipal.TryGetValue(principal, out var list) ? list.Count(e => e.Denied && e.At > from && e.At <= to) : 0;

    /// <summary>Records the principal read in (from, to].</summary>
    public long Read(string principal, DateTimeOffset from, DateTimeOffset to) =>
        _byPrincipal.TryGetValue(principal, out var list) ? list.Where(e => e.At > from && e.At <= to).Sum(e => (long)e.Records) : 0;
}
