using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Raises the audit trail's operations alerts (<see cref="AuditChainTampered"/>, <see cref="AuditJournalStalled"/>)
/// through the dead-letter store's outbox, never the audit database they are about; each kind at most once per
/// cooldown on this host.
/// </summary>
public sealed class AuditOperationsAlerts(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditOperationsAlerts> logger)
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
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
            await using var transaction = await store.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IModuleOutbox<DeadLetterDbContext>>().PublishEndpoint.Publish(alert);
            await store.SaveChangesAsync();
            await transaction.CommitAsync();
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
