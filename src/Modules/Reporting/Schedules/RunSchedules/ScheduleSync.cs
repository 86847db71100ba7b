using ComplianceHub.Reporting.Reports;
using ComplianceHub.Shared.Geography;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>
/// Every organisation has its four schedules (the product brief's defaults in its home time zone until someone changes
/// them), and every enabled schedule has its Quartz trigger. Organisations are created in Shared without an event, so
/// this runs lazily (on reading the schedules) and periodically (<see cref="ReportSchedulerService"/>).
/// </summary>
internal sealed class ScheduleSync(ReportingDbContext db, OrganizationScope organizations, ReportSchedulerAccess quartz, TimeProvider clock)
{
    public async Task<List<ReportSchedule>> EnsureAsync(Guid organizationId, string? homeCountry, CancellationToken cancellationToken)
    {
        var existing = await db.Schedules.Where(s => s.OrganizationId == organizationId).ToListAsync(cancellationToken);
        var missing = Enum.GetValues<ReportType>().Where(t => existing.All(s => s.Type != t)).ToList();
        if (missing.Count == 0)
        {
            return existing;
        }

        var zone = OrganizationTimeZones.ForCountry(homeCountry);
        var now = Instants.Normalize(clock.GetUtcNow());
        var added = missing.Select(t => DefaultSchedules.For(organizationId, t, zone, now)).ToList();
        db.Schedules.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another host (or request) created them first: theirs are the ones.
            db.ChangeTracker.Clear();
            return await db.Schedules.Where(s => s.OrganizationId == organizationId).ToListAsync(cancellationToken);
        }

        if (await quartz.GetAsync(cancellationToken) is { } scheduler)
        {
            foreach (var schedule in added)
            {
                await ScheduleTriggers.ApplyAsync(scheduler, schedule, cancellationToken);
            }
        }

        return [.. existing, .. added];
    }

    /// <summary>Creates what is missing for every organisation and brings every trigger in line with its row.</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken)
    {
        var scheduler = await quartz.GetAsync(cancellationToken);
        foreach (var organization in await organizations.AllAsync(cancellationToken))
        {
            foreach (var schedule in await EnsureAsync(organization.Id, organization.HomeCountry, cancellationToken))
            {
                if (scheduler is not null)
                {
                    await ScheduleTriggers.ApplyAsync(scheduler, schedule, cancellationToken);
                }
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Brings one schedule's trigger in line after it changed (no-op where this host runs no scheduler).</summary>
    public async Task ApplyAsync(ReportSchedule schedule, CancellationToken cancellationToken)
    {
        if (await quartz.GetAsync(cancellationToken) is IScheduler scheduler)
        {
            await ScheduleTriggers.ApplyAsync(scheduler, schedule, cancellationToken);
        }
    }
}
