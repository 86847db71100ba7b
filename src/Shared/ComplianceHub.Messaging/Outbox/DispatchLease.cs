namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>Takes or renews a module's dispatch lease: one conditional update, so two hosts cannot both win.</summary>
internal static class DispatchLease
{
    public const string Dispatch = "dispatch";

    public static async Task<bool> TryHoldAsync(ModuleDbContext db, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var leases = db.Set<OutboxLease>();
        var expires = now + duration;
        var taken = await leases
            .Where(l => l.Name == Dispatch && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await leases.AnyAsync(l => l.Name == Dispatch, cancellationToken))
        {
            return false;
        }

        try
        {
            leases.Add(new OutboxLease { Name = Dispatch, Holder = holder, ExpiresAt = expires });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another host inserted it first
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Gives the lease up at a graceful stop, so the next host (or this one restarted) dispatches at once.</summary>
    public static Task<int> ReleaseAsync(ModuleDbContext db, string holder, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<OutboxLease>()
            .Where(l => l.Name == Dispatch && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now.AddSeconds(-1)), cancellationToken);
}
