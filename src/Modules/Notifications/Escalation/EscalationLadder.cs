namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// The rungs an unacknowledged Critical / High alert climbs. Each level's wait counts from when the alert was raised
/// (waits are non-decreasing), and the whole ladder runs <see cref="Ladder.RepeatCount"/> times.
/// </summary>
internal static class EscalationLadder
{
    public const int DefaultRepeatCount = 3;

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMinutes(1);

    public static Ladder For(EscalationPolicy? policy) =>
        policy is { Levels.Count: > 0 }
            ? new Ladder(policy.Levels, policy.RepeatCount)
            : new Ladder(EscalationLevel.Default, DefaultRepeatCount);

    /// <summary>
    /// The DPOs a level names, in its order, each once; targets that name no DPO (deleted, or no deputy) are skipped.
    /// <c>regional</c> is the regional DPO, or the group DPO when none covers the country (so the first rung always
    /// reaches someone); <c>deputy</c> is that DPO's deputy.
    /// </summary>
    public static IReadOnlyList<Dpo> Targets(EscalationLevel level, Dpo? regional, IEnumerable<Dpo> dpos)
    {
        var all = dpos as IReadOnlyCollection<Dpo> ?? [.. dpos];
        var group = DpoRouting.Group(all);
        var first = regional ?? group;
        var found = new List<Dpo>();
        foreach (var target in level.Targets)
        {
            var dpo = target switch
            {
                EscalationLevel.Regional => first,
                EscalationLevel.Group => group,
                EscalationLevel.Deputy => first?.DeputyId is { } deputy ? all.FirstOrDefault(d => d.Id == deputy) : null,
                _ => Guid.TryParse(target, out var id) ? all.FirstOrDefault(d => d.Id == id) : null,
            };
            if (dpo is not null && found.TrueForAll(f => f.Id != dpo.Id))
            {
                found.Add(dpo);
            }
        }

        return found;
    }

    /// <summary>
    /// A legal deadline (the Art. 33(1) 72-hour clock) shortens every wait to at most a quarter of the time left, never
    /// under a minute, so the ladder is climbed several times before the deadline instead of once after it.
    /// </summary>
    public static TimeSpan Wait(TimeSpan configured, DateTimeOffset now, DateTimeOffset? deadline)
    {
        if (deadline is not { } due)
        {
            return configured;
        }

        var quarter = (due - now) / 4;
        var cap = quarter < MinimumWait ? MinimumWait : quarter;
        return configured < cap ? configured : cap;
    }
}
