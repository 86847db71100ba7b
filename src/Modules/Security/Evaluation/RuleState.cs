using ComplianceHub.Security.Data;
using ComplianceHub.Security.Domain;
using ComplianceHub.Security.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The rule state one evaluation reads and changes: rollups, firings and systems, loaded once and written with the
/// evaluation's SaveChanges (each changed row's revision moves, so a concurrent evaluation of another source that
/// touched it fails and is retried on the new state).
/// </summary>
internal sealed class RuleState(SecurityDbContext db, Guid organizationId)
{
    private readonly Dictionary<(string, DateTimeOffset), PrincipalHourlyReads> _hours = [];
    private readonly Dictionary<(string, DateTimeOffset), long> _unsaved = [];
    private readonly HashSet<(string, DateTimeOffset)> _absent = [];
    private readonly Dictionary<(string, string), RuleFiring?> _firings = [];
    private readonly Dictionary<string, MonitoredSystem> _systems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<object> _touched = [];

    /// <summary>Loads the rollup rows these (principal, hour) pairs need in one query; the ones not found are created when first added to.</summary>
    public async Task PreloadReadsAsync(IEnumerable<(string Principal, DateTimeOffset Hour)> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct().Where(k => !_hours.ContainsKey(k)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var principals = wanted.Select(k => k.Principal).Distinct().ToList();
        var hours = wanted.Select(k => k.Hour).Distinct().ToList();
        var rows = await db.HourlyReads
            .Where(r => r.OrganizationId == organizationId && principals.Contains(r.Principal) && hours.Contains(r.Hour))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            _hours[(row.Principal, row.Hour)] = row;
        }

        foreach (var key in wanted.Where(k => !_hours.ContainsKey(k)))
        {
            _absent.Add(key);
        }
    }

    /// <summary>Records read and attempts denied by the principal in the clock hours [fromHour, toHour] as far as evaluated, this evaluation's included.</summary>
    public (long Records, long Denied) HourlyTotals(string principal, DateTimeOffset fromHour, DateTimeOffset toHour)
    {
        long records = 0, denied = 0;
        for (var hour = fromHour; hour <= toHour; hour = hour.AddHours(1))
        {
            if (_hours.TryGetValue((principal, hour), out var row))
            {
                records += row.RecordsRead;
                denied += row.DeniedAttempts;
            }
        }

        return (records, denied);
    }

    public async Task AddActivityAsync(string principal, DateTimeOffset occurredAt, long records, bool denied, CancellationToken cancellationToken)
    {
        var hour = RuleWindows.HourOf(occurredAt);
        if (!_hours.TryGetValue((principal, hour), out var row))
        {
            row = _absent.Remove((principal, hour)) ? null : await db.HourlyReads.FindAsync([organizationId, principal, hour], cancellationToken);
            if (row is null)
            {
                row = new PrincipalHourlyReads { OrganizationId = organizationId, Principal = principal, Hour = hour };
                db.HourlyReads.Add(row);
                _touched.Add(row);
            }

            _hours[(principal, hour)] = row;
        }

        row.RecordsRead += records;
        row.DeniedAttempts += denied ? 1 : 0;
        Touch(row, () => row.Revision++);
        _unsaved[(principal, hour)] = _unsaved.GetValueOrDefault((principal, hour)) + records;
    }

    /// <summary>Records the principal read in the baseline hours [from, to): the stored rollups plus this evaluation's unsaved increments.</summary>
    public async Task<long> BaselineRecordsAsync(string principal, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var stored = await db.HourlyReads.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.Principal == principal && r.Hour >= from && r.Hour < to)
            .SumAsync(r => (long?)r.RecordsRead, cancellationToken) ?? 0;
        return stored + _unsaved.Where(u => u.Key.Item1 == principal && u.Key.Item2 >= from && u.Key.Item2 < to).Sum(u => u.Value);
    }

    public async Task<DateTimeOffset?> LastFiredAsync(string rule, string subject, CancellationToken cancellationToken)
    {
        if (!_firings.TryGetValue((rule, subject), out var firing))
        {
            firing = await db.Firings.FindAsync([organizationId, rule, subject], cancellationToken);
            _firings[(rule, subject)] = firing;
        }

        return firing?.FiredAt;
    }

    public void Fired(string rule, string subject, DateTimeOffset at)
    {
        if (_firings.GetValueOrDefault((rule, subject)) is not { } firing)
        {
            firing = new RuleFiring { OrganizationId = organizationId, Rule = rule, Subject = subject };
            db.Firings.Add(firing);
            _touched.Add(firing);
            _firings[(rule, subject)] = firing;
        }

        firing.FiredAt = at;
        Touch(firing, () => firing.Revision++);
    }

    public async Task<MonitoredSystem> SystemAsync(string system, CancellationToken cancellationToken)
    {
        if (!_systems.TryGetValue(system, out var row))
        {
            row = await db.Systems.FindAsync([organizationId, system], cancellationToken);
            if (row is null)
            {
                row = new MonitoredSystem { OrganizationId = organizationId, System = system };
                db.Systems.Add(row);
                _touched.Add(row);
            }

            _systems[system] = row;
        }

        Touch(row, () => row.Revision++);
        return row;
    }

    private void Touch(object row, Action bump)
    {
        if (_touched.Add(row))
        {
            bump();
        }
    }
}
