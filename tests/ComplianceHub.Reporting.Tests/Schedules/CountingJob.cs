using System.Collections.Concurrent;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Counts its executions per job key (process-wide, like the database the schedulers share) and by which node.</summary>
[DisallowConcurrentExecution]
public sealed class CountingJob : IJob
{
    public static ConcurrentQueue<(string Job, string Node)> Executions { get; } = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Executions.Enqueue((context.JobDetail.Key.Name, context.Scheduler.SchedulerInstanceId));
        return ValueTask.CompletedTask;
    }

    public static int CountFor(string job) => Executions.Count(e => e.Job == job);
}
