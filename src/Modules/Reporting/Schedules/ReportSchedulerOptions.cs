using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Bound from <c>Modules:Reporting:Scheduler</c>: the Quartz scheduler that fires the scheduled reports (ADR 0015).</summary>
public sealed class ReportSchedulerOptions : IValidatedOptions
{
    public const string Section = "Modules:Reporting:Scheduler";

    /// <summary>Off: this host fires no scheduled reports (another host of the cluster does); the schedules API still works.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How late a trigger may fire and still count as on time; a later one is a misfire, fired once on recovery.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a clustered host records that it is alive (PostgreSQL, SQL Server).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long after a missed check-in the other hosts take over a host's in-flight jobs.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Jobs run at the same time on this host (each only queues a report: generation runs on the bus).</summary>
    public int ThreadCount { get; set; } = 2;

    /// <summary>How often the schedules of every organisation are compared with the Quartz triggers (new organisations get theirs).</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Positive($"{section}:MisfireThreshold", MisfireThreshold),
            ConfigurationChecks.Positive($"{section}:ClusterCheckinInterval", ClusterCheckinInterval),
            ClusterCheckinMisfireThreshold >= ClusterCheckinInterval ? null
                : $"{section}:ClusterCheckinMisfireThreshold must be at least {section}:ClusterCheckinInterval (was {ClusterCheckinMisfireThreshold}).",
            ConfigurationChecks.InRange($"{section}:ThreadCount", ThreadCount, 1, 50),
            ConfigurationChecks.Interval($"{section}:SyncInterval", SyncInterval),
        ];
        return errors.OfType<string>();
    }
}
