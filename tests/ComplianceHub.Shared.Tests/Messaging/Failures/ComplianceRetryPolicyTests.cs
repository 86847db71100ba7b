using System.Collections.Concurrent;
using MassTransit.Testing;

namespace ComplianceHub.Shared.Tests.Messaging.Failures;

public sealed class ComplianceRetryPolicyTests
{
    [Fact]
    public async Task A_transient_failure_is_retried_and_every_failed_attempt_is_recorded()
    {
        var script = new FailureScript(new TimeoutException("smtp timed out"), new IOException("broken pipe"));
        await using var provider = Start(script, new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(40), Jitter = 0 });
        var harness = await PublishOneAsync(provider);

        Assert.True(await harness.Consumed.Any<FlakyWork>(x => x.Exception is null));
        var history = await script.Succeeded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, script.Attempts);
        Assert.Equal([1, 2], history.Select(a => a.Attempt));
        Assert.Equal([TimeSpan.FromMilliseconds(40), TimeSpan.FromMilliseconds(80)], history.Select(a => a.Delay));
        Assert.Equal([typeof(TimeoutException).FullName, typeof(IOException).FullName], history.Select(a => a.ErrorType));
        Assert.All(history, a => Assert.Equal(FailureKind.Transient, a.Kind));
        Assert.True(history[1].FailedAt - history[0].FailedAt >= TimeSpan.FromMilliseconds(35));
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var script = new FailureScript(new ValidationException("bad payload"));
        await using var provider = Start(script, new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10) });
        var harness = await PublishOneAsync(provider);

        Assert.True(await harness.Published.Any<Fault<FlakyWork>>());
        Assert.Equal(1, script.Attempts);
    }

    [Fact]
    public async Task Transient_failures_are_given_up_after_the_limit()
    {
        var script = new FailureScript([.. Enumerable.Range(0, 10).Select(_ => new TimeoutException())]);
        await using var provider = Start(script, new RetryOptions { Limit = 2, BaseDelay = TimeSpan.FromMilliseconds(10) });
        var harness = await PublishOneAsync(provider);

        Assert.True(await harness.Published.Any<Fault<FlakyWork>>());
        Assert.Equal(3, script.Attempts);
    }

    [Fact]
    public async Task Conflicts_are_retried_on_a_budget_of_their_own()
    {
        // Two transient failures would exhaust Limit = 2 only if the three conflicts counted against it.
        Exception[] failures =
        [
            new DbUpdateConcurrencyException("lost race"), new TimeoutException(), new DbUpdateConcurrencyException("lost race"),
            new TimeoutException(), new DbUpdateConcurrencyException("lost race"),
        ];
        var script = new FailureScript(failures);
        await using var provider = Start(script, new RetryOptions { Limit = 2, BaseDelay = TimeSpan.FromMilliseconds(10), ConflictBaseDelay = TimeSpan.FromMilliseconds(1) });
        await PublishOneAsync(provider);

        var history = await script.Succeeded.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(6, script.Attempts);
        Assert.Equal(3, history.Count(a => a.Kind == FailureKind.Conflict));
    }

    /// <summary>Starts the harness and publishes one piece of work to the consumer under the policy.</summary>
    private static async Task<ITestHarness> PublishOneAsync(ServiceProvider provider)
    {
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        await harness.Bus.Publish(new FlakyWork(Guid.NewGuid()));
        return harness;
    }

    private static ServiceProvider Start(FailureScript script, RetryOptions options) =>
        new ServiceCollection()
            .AddSingleton(script)
            .AddMassTransitTestHarness(x =>
            {
                // Positive waits only: a loaded machine may stay quiet between retries for longer than the default.
                x.SetTestTimeouts(testTimeout: TimeSpan.FromSeconds(60), testInactivityTimeout: TimeSpan.FromSeconds(10));
                x.AddConsumer<FlakyConsumer>();
                x.AddConfigureEndpointsCallback((_, _, endpoint) =>
                    endpoint.UseMessageRetry(r => r.SetRetryPolicy(_ => new ComplianceRetryPolicy(options, TimeProvider.System))));
            })
            .BuildServiceProvider(true);

    public sealed record FlakyWork(Guid Id);

    /// <summary>Throws the scripted failures in order, then succeeds and hands over the recorded history.</summary>
    public sealed class FailureScript(params Exception[] failures)
    {
        private readonly ConcurrentQueue<Exception> _failures = new(failures);
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public TaskCompletionSource<IReadOnlyList<RetryAttempt>> Succeeded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Run(ConsumeContext context)
        {
            Interlocked.Increment(ref _attempts);
            if (_failures.TryDequeue(out var failure))
            {
                throw failure;
            }

            Succeeded.TrySetResult(context.ReceiveContext.TryGetPayload<RetryHistory>(out var history) ? history.Attempts : []);
        }
    }

    public sealed class FlakyConsumer(FailureScript script) : IConsumer<FlakyWork>
    {
        public Task Consume(ConsumeContext<FlakyWork> context)
        {
            script.Run(context);
            return Task.CompletedTask;
        }
    }
}
