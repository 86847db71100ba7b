using ComplianceHub.Shared.Messaging.Failures;

namespace ComplianceHub.Shared.Resilience;

/// <summary>
/// The breaker around one external dependency. CLOSED counts failures in a sliding window and opens when they reach
/// the threshold with enough calls; OPEN rejects at once until the recovery timeout; HALF_OPEN admits a few trial
/// calls, closes after enough successes and opens again on one failure. Permanent failures (a 4xx answer, a bad
/// message) prove the dependency is up and never count against it. Operators may force it open or closed.
/// </summary>
public sealed class CircuitBreaker
{
    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset At, bool Failed)> _window = new();
    private readonly Queue<CircuitTransition> _history = new();
    private readonly List<Action<CircuitTransition>> _listeners = [];
    private readonly CircuitBreakerSettings _settings;
    private readonly int _historyLimit;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private CircuitState _state = CircuitState.Closed;
    private bool _forced;
    private DateTimeOffset? _openedAt;
    private int _trialsInFlight;
    private int _trialSuccesses;

    public CircuitBreaker(string name, CircuitBreakerSettings settings, int historyLimit, TimeProvider clock, ILogger logger)
    {
        Name = name;
        _settings = settings;
        _historyLimit = historyLimit;
        _clock = clock;
        _logger = logger;
    }

    public string Name { get; }

    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>False while open and its recovery timeout has not passed (or it is forced open): a call now would be rejected.</summary>
    public bool AcceptsCalls
    {
        get
        {
            lock (_gate)
            {
                return _state != CircuitState.Open || (!_forced && _clock.GetUtcNow() >= _openedAt + _settings.RecoveryTimeout);
            }
        }
    }

    /// <summary>Called after every transition, outside the breaker's lock; a listener that throws is logged and skipped.</summary>
    public IDisposable Subscribe(Action<CircuitTransition> listener)
    {
        lock (_gate)
        {
            _listeners.Add(listener);
        }

        return new Unsubscriber(this, listener);
    }

    /// <summary>Runs <paramref name="action"/> through the breaker; throws <see cref="CircuitOpenException"/> when it rejects the call.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken = default)
    {
        var call = Acquire();
        try
        {
            var result = await action(cancellationToken);
            call.Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            call.Abandoned();
            throw;
        }
        catch (Exception ex)
        {
            call.Failed(ex);
            throw;
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken = default) =>
        ExecuteAsync(async ct =>
        {
            await action(ct);
            return true;
        }, cancellationToken);

    /// <summary>Admits one call or throws <see cref="CircuitOpenException"/>; the caller reports the outcome on the returned call.</summary>
    public CircuitCall Acquire()
    {
        List<CircuitTransition> fired = [];
        try
        {
            lock (_gate)
            {
                var now = _clock.GetUtcNow();
                if (_state == CircuitState.Open && !_forced && now >= _openedAt + _settings.RecoveryTimeout)
                {
                    fired.Add(MoveTo(CircuitState.HalfOpen, now, "recovery timeout elapsed", null));
                }

                switch (_state)
                {
                    case CircuitState.Closed:
                        return new CircuitCall(this, trial: false);
                    case CircuitState.HalfOpen when _trialsInFlight < _settings.HalfOpenTrialCalls:
                        _trialsInFlight++;
                        return new CircuitCall(this, trial: true);
                    case CircuitState.HalfOpen:
                        throw new CircuitOpenException(Name, TimeSpan.FromSeconds(1));
                    default:
                        throw new CircuitOpenException(Name, _forced ? null : _openedAt + _settings.RecoveryTimeout - now);
                }
            }
        }
        finally
        {
            Notify(fired);
        }
    }

    /// <summary>Opens the breaker and keeps it open until an operator closes it.</summary>
    public void ForceOpen(string reason, string actor) => Force(CircuitState.Open, reason, actor);

    /// <summary>Closes the breaker with a fresh window; it goes back to opening on failures by itself.</summary>
    public void ForceClose(string reason, string actor) => Force(CircuitState.Closed, reason, actor);

    public CircuitSnapshot Snapshot()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            Prune(now);
            return new CircuitSnapshot(
                Name,
                _state,
                _forced,
                _window.Count,
                _window.Count(c => c.Failed),
                _state == CircuitState.Open ? _openedAt : null,
                _state == CircuitState.Open && !_forced ? _openedAt + _settings.RecoveryTimeout : null,
                _settings,
                [.. _history.Reverse()]);
        }
    }

    internal void Record(bool trial, bool failed, string? failure)
    {
        List<CircuitTransition> fired = [];
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (trial)
            {
                _trialsInFlight = Math.Max(0, _trialsInFlight - 1);
            }

            switch (_state)
            {
                case CircuitState.Closed:
                    _window.Enqueue((now, failed));
                    Prune(now);
                    var failures = _window.Count(c => c.Failed);
                    if (failed && failures >= _settings.FailureThreshold && _window.Count >= _settings.MinimumThroughput)
                    {
                        fired.Add(MoveTo(CircuitState.Open, now, $"{failures} failures in {_window.Count} calls within {_settings.SamplingWindow.TotalSeconds:F0} s; last: {failure}", null));
                    }

                    break;
                case CircuitState.HalfOpen when trial && failed:
                    fired.Add(MoveTo(CircuitState.Open, now, $"trial call failed: {failure}", null));
                    break;
                case CircuitState.HalfOpen when trial:
                    _trialSuccesses++;
                    if (_trialSuccesses >= _settings.SuccessesToClose)
                    {
                        fired.Add(MoveTo(CircuitState.Closed, now, $"{_trialSuccesses} trial calls succeeded", null));
                    }

                    break;
                default:
                    // A call admitted before the breaker opened finished late: it says nothing about the trial.
                    break;
            }
        }

        Notify(fired);
    }

    internal void Release(bool trial)
    {
        if (!trial)
        {
            return;
        }

        lock (_gate)
        {
            _trialsInFlight = Math.Max(0, _trialsInFlight - 1);
        }
    }

    private void Force(CircuitState target, string reason, string actor)
    {
        CircuitTransition transition;
        lock (_gate)
        {
            _forced = target == CircuitState.Open;
            transition = MoveTo(target, _clock.GetUtcNow(), reason, actor);
        }

        Notify([transition]);
    }

    private CircuitTransition MoveTo(CircuitState target, DateTimeOffset now, string reason, string? actor)
    {
        var transition = new CircuitTransition(Name, _state, target, now, reason, actor);
        _state = target;
        _trialsInFlight = 0;
        _trialSuccesses = 0;
        _openedAt = target == CircuitState.Open ? now : null;
        if (target == CircuitState.Closed)
        {
            _window.Clear();
        }

        _history.Enqueue(transition);
        while (_history.Count > _historyLimit)
        {
            _history.Dequeue();
        }

        return transition;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_window.TryPeek(out var oldest) && now - oldest.At > _settings.SamplingWindow)
        {
            _window.Dequeue();
        }
    }

    private void Notify(List<CircuitTransition> transitions)
    {
        if (transitions.Count == 0)
        {
            return;
        }

        Action<CircuitTransition>[] listeners;
        lock (_gate)
        {
            listeners = [.. _listeners];
        }

        foreach (var transition in transitions)
        {
            // An operator's reason is free text: it goes to the audit trail (encrypted), not to the log.
            _logger.LogWarning("Circuit breaker {Breaker}: {From} → {To} ({Reason})",
                Name, transition.From, transition.To, transition.Operator is null ? transition.Reason : $"forced by {transition.Operator}");
            foreach (var listener in listeners)
            {
                try
                {
                    listener(transition);
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "A listener of circuit breaker {Breaker} failed; the breaker carries on", Name);
                }
            }
        }
    }

    internal static bool CountsAsFailure(Exception exception) => FailureClassifier.Classify(exception) != FailureKind.Permanent;

    private sealed class Unsubscriber(CircuitBreaker breaker, Action<CircuitTransition> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (breaker._gate)
            {
                breaker._listeners.Remove(listener);
            }
        }
    }
}
