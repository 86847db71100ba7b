using ComplianceHub.Shared.Messaging;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Raises the audit trail's operations alerts (<see cref="AuditChainTampered"/>, <see cref="AuditJournalStalled"/>)
/// through another module's outbox (<see cref="IOperationsAlertOutbox"/>: the dead-letter store's), never the audit
/// database they are about; each kind at most once per cooldown on this host.
/// </summary>
public sealed class AuditOperationsAlerts(IOperationsAlertOutbox outbox, TimeProvider clock, ILogger<AuditOperationsAlerts> logger)
{
    internal static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(5);
    private readonly Dictionary<Type, DateTimeOffset> _raised = [];

    /// <summary>True when the alert was stored (false inside the cooldown, or when the store is down too).</summary>
    public async Task<bool> RaiseAsync<T>(T alert)
        where T : class
    {
        var now = clock.GetUtcNow();
        lock (_raised)
        {
            if (_raised.TryGetValue(typeof(T), out var last) && now - last < Cooldown)
            {
                return false;
            }

            _raised[typeof(T)] = now;
        }

        try
        {
            await outbox.PublishAsync(alert);
            return true;
        }
        catch (Exception ex)
        {
            lock (_raised)
            {
                _raised.Remove(typeof(T)); // try again with the next failure
            }

            logger.LogError(ex, "Operations alert {Alert} could not be stored", typeof(T).Name);
            return false;
        }
    }
}
