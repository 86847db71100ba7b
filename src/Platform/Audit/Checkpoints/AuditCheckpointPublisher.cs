namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>Signs the committed head as a checkpoint and writes it to the sink; refuses a head whose signature fails.</summary>
public sealed class AuditCheckpointPublisher(IServiceScopeFactory scopes, AuditCheckpointSink sink, AuditTrail trail, MessageKeyRing keys, TimeProvider clock)
{
    public async Task<AuditCheckpoint> PublishAsync(CancellationToken cancellationToken)
    {
        // Under the head lock, through the same check as an append: a checkpoint over a cut chain would vouch for the
        // cut (refused, alert raised), and a head never signed yet is signed first, so no checkpoint ever covers an
        // unsigned head.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        AuditChainHead head;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            head = await trail.LockHeadAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var checkpoint = AuditCheckpointSignature.Sign(head.Sequence, head.Hash, clock.GetUtcNow(), keys);
        await sink.WriteAsync(checkpoint, cancellationToken);
        return checkpoint;
    }
}
