using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.MessageSecurity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>Signs the committed head as a checkpoint and writes it to the sink; refuses a head whose signature fails.</summary>
public sealed class AuditCheckpointPublisher(IServiceScopeFactory scopes, AuditCheckpointSink sink, AuditHeadGuard guard, MessageKeyRing keys, TimeProvider clock)
{
    public async Task<AuditCheckpoint> PublishAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var head = await db.Head.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        if (!AuditChain.HeadIsSigned(head, keys) && await guard.ProblemOfUnsignedAsync(db, head, cancellationToken) is { } problem)
        {
            // A checkpoint over a cut chain would vouch for the cut.
            await guard.RaiseAsync(problem, head.Sequence);
            throw new AuditChainTamperedException(problem);
        }

        var checkpoint = AuditCheckpointSignature.Sign(head.Sequence, head.Hash, clock.GetUtcNow(), keys);
        await sink.WriteAsync(checkpoint, cancellationToken);
        return checkpoint;
    }
}
