using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>A failing pass must never escape: the host's default reaction to an escaped exception is to stop.</summary>
public sealed class ReportSchedulerServiceTests
{
    [Fact]
    public async Task When_starting_the_scheduler_times_out_Should_keep_running_and_try_again()
    {
        var clock = new FakeTimeProvider();
        var factory = new TimingOutSchedulerFactory();
        using var services = new ServiceCollection().BuildServiceProvider();
        using var service = new ReportSchedulerService(
            factory, services.GetRequiredService<IServiceScopeFactory>(), new ReportSchedulerOptions(), clock, NullLogger<ReportSchedulerService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (factory.Calls < 2 && !service.ExecuteTask!.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(20);
        }

        Assert.False(service.ExecuteTask!.IsCompleted, $"The loop ended: {service.ExecuteTask.Exception?.InnerException?.GetType().Name}");
        Assert.True(factory.Calls >= 2, $"Tried {factory.Calls} time(s)");
        await service.StopAsync(CancellationToken.None);
    }

    /// <summary>A cancellation that is not the host's stop: a driver's or Quartz's own timeout.</summary>
    private sealed class TimingOutSchedulerFactory : ISchedulerFactory
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromException<IScheduler>(new OperationCanceledException("The job store did not answer in time."));
        }

        public ValueTask<IScheduler?> LookupScheduler(string schedName, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
