using System.Collections.Concurrent;

namespace ComplianceHub.Shared.Resilience;

/// <summary>
/// The breakers of this host, one per external dependency, by name: <c>broker</c>, <c>smtp</c>, <c>sms</c>,
/// <c>webhook:<c>webhook:&lt;host&gt;</c>lt;subscription id<c>webhook:&lt;host&gt;</c>gt;</c> (one per webhook endpoint). Listeners added here (metrics, audit) see every breaker's transitions.
/// </summary>
public sealed class CircuitBreakerRegistry(CircuitBreakerOptions options, TimeProvider clock, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, CircuitBreaker> _breakers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<CircuitTransition>> _listeners = [];

    public CircuitBreaker Get(string name) => _breakers.GetOrAdd(name, Create);

    public bool TryFind(string name, out CircuitBreaker breaker) => _breakers.TryGetValue(name, out breaker!);

    /// <summary>Forgets the breaker of a dependency that no longer exists (a deleted webhook subscription).</summary>
    public bool Remove(string name) => _breakers.TryRemove(name, out _);

    public IReadOnlyList<CircuitBreaker> All => [.. _breakers.Values.OrderBy(b => b.Name, StringComparer.Ordinal)];

    public void AddListener(Action<CircuitTransition> listener)
    {
        lock (_listeners)
        {
            _listeners.Add(listener);
        }

        foreach (var breaker in _breakers.Values)
        {
            breaker.Subscribe(listener);
        }
    }

    private CircuitBreaker Create(string name)
    {
        var breaker = new CircuitBreaker(name, options.For(name), options.HistoryLimit, clock, loggers.CreateLogger<CircuitBreaker>());
        lock (_listeners)
        {
            foreach (var listener in _listeners)
            {
                breaker.Subscribe(listener);
            }
        }

        return breaker;
    }
}
