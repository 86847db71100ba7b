using ComplianceHub.Shared.DeadLetters.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>A replayed message that was consumed (its effects committed) leaves the dead-letter store.</summary>
public sealed class ReplaySucceededFilter<T>(IServiceScopeFactory scopes, ILogger<ReplaySucceededFilter<T>> logger) : IFilter<ConsumeContext<T>>
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
        var removed = await db.DeadLetters.Where(d => d.Id == entryId).ExecuteDeleteAsync(CancellationToken.None);
        logger.LogInformation("Replay of dead letter {DeadLetterId} succeeded; {Removed} entry removed from the store", entryId, removed);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetterReplaySucceeded");
}
