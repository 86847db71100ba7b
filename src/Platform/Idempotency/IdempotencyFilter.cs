using ComplianceHub.Shared.Identity;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// Exactly-once creating POSTs: with an <c>Idempotency-Key</c>, the handler runs inside a transaction on
/// <typeparamref name="TContext"/> (its SaveChanges joins it), and its answer is stored in the same transaction, so a
/// retry finds either nothing (nothing was created) or the created resource's answer. Only 2xx answers are stored; a
/// refused request leaves no trace and may be fixed and retried with the same key.
/// </summary>
internal sealed class IdempotencyFilter<TContext>(ILogger<IdempotencyFilter<TContext>> logger) : IEndpointFilter
    where TContext : DbContext
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotencyKey.Header, out var header))
        {
            return await next(context);
        }

        if (!IdempotencyKey.TryRead(header, out var key))
        {
            return new ValidationErrors()
                .Add(IdempotencyKey.Header, $"One key of 1 to {IdempotencyKey.MaxLength} printable ASCII characters.")
                .ToProblem();
        }

        var shownOnce = http.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>()?.ShownOnce ?? [];
        var cancellationToken = http.RequestAborted;
        var store = http.RequestServices.GetRequiredService<IdempotencyStore>();
        var keyHash = IdempotencyKey.Scope(http.User.ActorId(), key);
        var fingerprint = RequestFingerprint.Of(context);
        if (await store.FindAsync(keyHash, cancellationToken) is { } earlier)
        {
            return Replayed(store, earlier, fingerprint, http, shownOnce);
        }

        var db = http.RequestServices.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var records = await store.EnlistAsync(db, cancellationToken);
        var record = store.Claim(records, keyHash, fingerprint);
        try
        {
            await records.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Lost the race on the unique key: the winner committed, so answer as it did.
            await transaction.RollbackAsync(cancellationToken);
            var winner = await store.FindAsync(keyHash, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return Replayed(store, winner, fingerprint, http, shownOnce);
        }

        var result = await next(context);
        var answer = await CapturedResponse.CaptureAsync(result, http);
        if (!answer.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            return result;
        }

        // The caller sees the secret now; what is kept for retries has it withheld (shown once, ADR 0010).
        store.Complete(record, answer.Redact(shownOnce));
        await records.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answer;
    }

    private IResult Replayed(IdempotencyStore store, IdempotencyRecord record, string fingerprint, HttpContext http, IReadOnlyList<string> shownOnce)
    {
        // The key itself is never logged: it is the client's secret-ish token and may carry anything.
        logger.LogInformation("Idempotent request {Method} {Path} answered from record {RecordId}", http.Request.Method, http.Request.Path, record.Id);
        var replay = store.Replay(record, fingerprint);
        return replay is CapturedResponse captured ? captured.Withholding(shownOnce) : replay;
    }
}
