using System.Collections.Concurrent;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Wakes a module's dispatcher as soon as outbox rows are committed, so delivery does not wait for the next poll.
/// Process-local: another host notices at its next poll.
/// </summary>
public sealed class OutboxSignals
{
    private readonly ConcurrentDictionary<Type, SemaphoreSlim> _signals = new();

    public void Signal(Type contextType)
    {
        try
        {
            For(contextType).Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: one wake-up covers every commit before it.
        }
    }

    /// <summary>Waits for a signal or the timeout; true when signalled.</summary>
    public Task<bool> WaitAsync(Type contextType, TimeSpan timeout, CancellationToken cancellationToken) =>
        For(contextType).WaitAsync(timeout, cancellationToken);

    private SemaphoreSlim For(Type contextType) => _signals.GetOrAdd(contextType, _ => new SemaphoreSlim(0, 1));
}
