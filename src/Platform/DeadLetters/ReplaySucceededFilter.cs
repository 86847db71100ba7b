namespace ComplianceHub.Shared.DeadLetters;

/// <summary>A replayed message that was consumed (its effects committed) leaves the dead-letter store.</summary>
public sealed class ReplaySucceededFilter<T>(IServiceScopeFactory scopes, IAuditTrail audit, ILogger<ReplaySucceededFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        await next.Send(context);
        // The consume context's headers include the envelope's, where a replay carries the entry id: no body parsing
        // on the path every message takes.
        var entryId = context.Headers.TryGetHeader(DeadLetterWriter.EntryHeader, out var header) ? DeadLetterWriter.ParseEntry(header) : null;
        if (entryId is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var removed = await db.DeadLetters.Where(d => d.Id == entryId).ExecuteDeleteAsync(CancellationToken.None);
        if (removed > 0)
        {
            await audit.AppendAsync(
                new AuditRecord(AuditTypes.DeadLetterReplaySucceeded, AuditRecord.SystemActor, $"dead-letter:{entryId}",
                    new Dictionary<string, string?> { ["messageId"] = context.MessageId?.ToString(), ["queue"] = ReceivedMessages.QueueOf(context.ReceiveContext.InputAddress) }),
                db, CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        logger.LogInformation("Replay of dead letter {DeadLetterId} succeeded; {Removed} entry removed from the store", entryId, removed);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterReplaySucceeded");
}
