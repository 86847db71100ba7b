using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>The host's Quartz scheduler, or null where <c>Modules:Reporting:Scheduler:Enabled</c> is false.</summary>
internal sealed class ReportSchedulerAccess(IServiceProvider services)
{
    public async Task<IScheduler?> GetAsync(CancellationToken cancellationToken) =>
        services.GetService<ISchedulerFactory>() is { } factory ? await factory.GetScheduler(cancellationToken) : null;
}
