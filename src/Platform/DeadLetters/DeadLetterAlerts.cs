namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Raises <see cref="DeadLetterThresholdReached"/> when the live store reaches the threshold, at most once per cooldown
/// across all hosts: the alert row is claimed with a conditional update and the event leaves through the store's
/// outbox in the same transaction.
/// </summary>
public sealed class DeadLetterAlerts(DeadLetterDbContext db, IModuleOutbox<DeadLetterDbContext> outbox, DeadLetterOptions options)
{
    /// <summary>Returns true when this call raised the alert.</summary>
    public async Task<bool> CheckAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await db.DeadLetters.CountAsync(d => d.ArchivedAt == null, cancellationToken);
        if (live < options.AlertThreshold)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var quietSince = now - options.AlertCooldown;
        var claimed = await db.Set<DeadLetterAlertState>()
            .Where(s => s.Id == DeadLetterAlertState.SingletonId && (s.LastRaisedAt == null || s.LastRaisedAt <= quietSince))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastRaisedAt, now), cancellationToken);
        if (claimed == 0)
        {
            if (await db.Set<DeadLetterAlertState>().AnyAsync(cancellationToken))
            {
                return false; // inside the cooldown
            }

            db.Add(new DeadLetterAlertState { LastRaisedAt = now });
        }

        await outbox.PublishEndpoint.Publish(
            new DeadLetterThresholdReached { TotalEvents = live, Threshold = options.AlertThreshold, RaisedAt = now }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
