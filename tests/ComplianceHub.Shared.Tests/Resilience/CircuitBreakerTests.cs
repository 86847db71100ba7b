using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceHub.Shared.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly List<CircuitTransition> _transitions = [];

    [Fact]
    public void Failures_open_the_breaker_only_with_the_minimum_throughput()
    {
        var breaker = Breaker();

        Fail(breaker, 5); // five failures, but only five calls: below the minimum of ten
        Assert.Equal(CircuitState.Closed, breaker.State);

        Succeed(breaker, 4);
        Assert.Equal(CircuitState.Closed, breaker.State);
        Fail(breaker, 1); // six failures in ten calls
        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Equal((CircuitState.Closed, CircuitState.Open), (_transitions.Single().From, _transitions.Single().To));
    }

    [Fact]
    public void Failures_older_than_the_window_do_not_count()
    {
        var breaker = Breaker();
        Fail(breaker, 4);
        Succeed(breaker, 6);
        _clock.Advance(TimeSpan.FromSeconds(61));

        Fail(breaker, 1);

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(1, breaker.Snapshot().CallsInWindow);
    }

    [Fact]
    public void An_open_breaker_rejects_calls_until_the_recovery_timeout()
    {
        var breaker = Opened();

        var rejected = Assert.Throws<CircuitOpenException>(() => breaker.Acquire());
        Assert.Equal(TimeSpan.FromSeconds(30), rejected.RetryAfter);
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Throws<CircuitOpenException>(() => breaker.Acquire());
        Assert.False(breaker.AcceptsCalls);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(breaker.AcceptsCalls);
        breaker.Acquire();
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
    }

    [Fact]
    public void Half_open_admits_a_limited_number_of_trial_calls()
    {
        var breaker = HalfOpened();

        var trials = Enumerable.Range(0, 3).Select(_ => breaker.Acquire()).ToList();

        Assert.Throws<CircuitOpenException>(() => breaker.Acquire());
        trials[0].Abandoned(); // a cancelled trial frees its place
        breaker.Acquire();
    }

    [Fact]
    public void Three_trial_successes_close_the_breaker()
    {
        var breaker = HalfOpened();

        breaker.Acquire().Succeeded();
        breaker.Acquire().Succeeded();
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        breaker.Acquire().Succeeded();

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(0, breaker.Snapshot().FailuresInWindow);
    }

    [Fact]
    public void A_failure_in_half_open_reopens_the_breaker()
    {
        var breaker = HalfOpened();
        breaker.Acquire().Succeeded();
        breaker.Acquire().Succeeded();

        breaker.Acquire().Failed(new TimeoutException());

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Equal([CircuitState.Open, CircuitState.HalfOpen, CircuitState.Open], _transitions.Select(t => t.To));
        Assert.Throws<CircuitOpenException>(() => breaker.Acquire());
    }

    [Fact]
    public void Permanent_failures_never_count_against_the_breaker()
    {
        var breaker = Breaker();

        for (var i = 0; i < 20; i++)
        {
            breaker.Acquire().Failed(new HttpRequestException("bad request", null, HttpStatusCode.BadRequest));
        }

        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(0, breaker.Snapshot().FailuresInWindow);
    }

    [Fact]
    public void A_forced_open_breaker_stays_open_until_it_is_force_closed()
    {
        var breaker = Breaker();

        breaker.ForceOpen("SMTP relay maintenance", "operator-1");
        _clock.Advance(TimeSpan.FromHours(1));

        var rejected = Assert.Throws<CircuitOpenException>(() => breaker.Acquire());
        Assert.Null(rejected.RetryAfter);
        breaker.ForceClose("maintenance over", "operator-1");
        breaker.Acquire().Succeeded();
        Assert.Equal(CircuitState.Closed, breaker.State);
        Assert.Equal(["operator-1", "operator-1"], _transitions.Select(t => t.Operator));
        Assert.Equal("SMTP relay maintenance", _transitions[0].Reason);
    }

    [Fact]
    public void Listeners_that_throw_do_not_break_the_breaker_or_other_listeners()
    {
        var breaker = Breaker();
        breaker.Subscribe(_ => throw new InvalidOperationException("listener bug"));
        var seen = new List<CircuitState>();
        breaker.Subscribe(t => seen.Add(t.To));

        Fail(breaker, 10);
        _clock.Advance(TimeSpan.FromSeconds(30));
        breaker.Acquire().Succeeded();

        Assert.Equal([CircuitState.Open, CircuitState.HalfOpen], seen);
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
    }

    [Fact]
    public void The_state_history_is_bounded_and_newest_first()
    {
        var breaker = Breaker(historyLimit: 4);

        for (var i = 0; i < 5; i++)
        {
            breaker.ForceOpen($"open {i}", "op");
            breaker.ForceClose($"close {i}", "op");
        }

        var history = breaker.Snapshot().History;
        Assert.Equal(4, history.Count);
        Assert.Equal(["close 4", "open 4", "close 3", "open 3"], history.Select(t => t.Reason));
    }

    [Fact]
    public async Task ExecuteAsync_reports_outcomes_and_rejects_while_open()
    {
        var breaker = Breaker();
        for (var i = 0; i < 10; i++)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => breaker.ExecuteAsync(_ => Task.FromException(new TimeoutException())));
        }

        var called = false;
        await Assert.ThrowsAsync<CircuitOpenException>(() => breaker.ExecuteAsync(_ =>
        {
            called = true;
            return Task.CompletedTask;
        }));
        Assert.False(called);
    }

    private CircuitBreaker Breaker(int historyLimit = 50)
    {
        var breaker = new CircuitBreaker("smtp", new CircuitBreakerSettings(), historyLimit, _clock, NullLogger.Instance);
        breaker.Subscribe(_transitions.Add);
        return breaker;
    }

    private CircuitBreaker Opened()
    {
        var breaker = Breaker();
        Fail(breaker, 10);
        Assert.Equal(CircuitState.Open, breaker.State);
        return breaker;
    }

    private CircuitBreaker HalfOpened()
    {
        var breaker = Opened();
        _clock.Advance(TimeSpan.FromSeconds(30));
        breaker.Acquire().Abandoned();
        Assert.Equal(CircuitState.HalfOpen, breaker.State);
        return breaker;
    }

    private static void Fail(CircuitBreaker breaker, int times)
    {
        for (var i = 0; i < times; i++)
        {
            breaker.Acquire().Failed(new IOException("connection reset"));
        }
    }

    private static void Succeed(CircuitBreaker breaker, int times)
    {
        for (var i = 0; i < times; i++)
        {
            breaker.Acquire().Succeeded();
        }
    }
}
