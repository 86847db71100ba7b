using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// The rule state one evaluation reads and changes: rollups, firings and systems, loaded once. Firings and systems are
/// written with the evaluation's SaveChanges, the rollups by one set-based statement (<see cref="SaveRollupsAsync"/>);
/// each changed row's revision moves, so a concurrent evaluation of another source that touched it fails and is retried
/// on the new state.
/// </summary>
internal sealed class RuleState(SecurityDbContext db, Guid organizationId)
{
    private readonly Dictionary<(string, DateTimeOffset), HourlyRollup> _hours = [];
    private readonly Dictionary<(string, DateTimeOffset, DateTimeOffset), long> _baselines = [];
    private readonly Dictionary<(string, string), RuleFiring?> _firings = [];
    private readonly Dictionary<string, MonitoredSystem> _systems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<object> _touched = [];

    /// <summary>Reads the rollup rows these (principal, hour) pairs need in one query; the ones not found start at zero.</summary>
    public async Task PreloadReadsAsync(IEnumerable<(string Principal, DateTimeOffset Hour)> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct().Where(k => !_hours.ContainsKey(k)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var principals = wanted.Select(k => k.Principal).Distinct().ToList();
        var hours = wanted.Select(k => k.Hour).Distinct().ToList();
        var rows = await db.HourlyReads.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && principals.Contains(r.Principal) && hours.Contains(r.Hour))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            _hours[(row.Principal, row.Hour)] = new HourlyRollup
            {
                Principal = row.Principal, Hour = row.Hour, StoredRecords = row.RecordsRead, StoredDenied = row.DeniedAttempts, StoredRevision = row.Revision,
            };
        }

        foreach (var (principal, hour) in wanted.Where(k => !_hours.ContainsKey(k)))
        {
            _hours[(principal, hour)] = new HourlyRollup { Principal = principal, Hour = hour };
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
                records += row.Records;
                denied += row.Denied;
            }
        }

        return (records, denied);
    }

    /// <summary>Adds an event to its hour's rollup in memory (the hour must have been preloaded); <see cref="SaveRollupsAsync"/> writes them all.</summary>
    public void AddActivity(string principal, DateTimeOffset occurredAt, long records, bool denied)
    {
        var hour = RuleWindows.HourOf(occurredAt);
        var row = _hours.GetValueOrDefault((principal, hour))
            ?? throw new InvalidOperationException("The hour of an evaluated event is preloaded before its activity is added.");
        row.AddedRecords += records;
        row.AddedDenied += denied ? 1 : 0;
        row.Touched = true;
    }

    /// <summary>Records the principal read in the baseline hours [from, to): the stored rollups plus this evaluation's unsaved increments.</summary>
    public async Task<long> BaselineRecordsAsync(string principal, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // The stored rows do not change during the evaluation (its own increments are written at its end): once per range.
        if (!_baselines.TryGetValue((principal, from, to), out var stored))
        {
            stored = await db.HourlyReads.AsNoTracking()
                .Where(r => r.OrganizationId == organizationId && r.Principal == principal && r.Hour >= from && r.Hour < to)
                .SumAsync(r => (long?)r.RecordsRead, cancellationToken) ?? 0;
            _baselines[(principal, from, to)] = stored;
        }

        return stored + _hours.Values.Where(u => u.Touched && u.Principal == principal && u.Hour >= from && u.Hour < to).Sum(u => u.AddedRecords);
    }

    /// <summary>Writes every rollup this evaluation added to in one statement per batch, in the evaluation's transaction.</summary>
    public Task SaveRollupsAsync(CancellationToken cancellationToken) =>
        HourlyRollupWriter.WriteAsync(db, organizationId, [.. _hours.Values.Where(r => r.Touched)], cancellationToken);

    /// <summary>Reads the firings of these rules for these subjects in one query (the ones not found are remembered as never fired).</summary>
    public async Task PreloadFiringsAsync(IReadOnlyCollection<string> rules, IEnumerable<string> subjects, CancellationToken cancellationToken)
    {
        var wanted = subjects.Distinct().Where(s => rules.Any(r => !_firings.ContainsKey((r, s)))).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var rows = await db.Firings
            .Where(f => f.OrganizationId == organizationId && rules.Contains(f.Rule) && wanted.Contains(f.Subject))
            .ToListAsync(cancellationToken);
        foreach (var rule in rules)
        {
            foreach (var subject in wanted)
            {
                _firings.TryAdd((rule, subject), rows.FirstOrDefault(f => f.Rule == rule && f.Subject == subject));
            }
        }
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
