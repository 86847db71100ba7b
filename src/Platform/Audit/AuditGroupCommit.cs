using System.Collections.Concurrent;

namespace ComplianceHub.Shared.Audit;

/// <summary>
/// Appends records durably for many concurrent callers at once (group commit): whoever finds no append running
/// writes everything queued so far in one transaction under one lock of the chain head, and every caller's await
/// returns only once its own entry is committed (Art. 5(2): an API call is in the trail before it is answered).
/// Without it each call took the head lock on its own and concurrent calls queued behind it one by one. A group that
/// fails is appended again record by record, so one failure reaches only the caller whose record failed.
/// </summary>
internal sealed class AuditGroupCommit(AuditTrail trail, ILogger<AuditGroupCommit> logger)
{
    /// <summary>The most records one transaction takes; a larger queue is written in several.</summary>
    internal const int MaxGroup = 200;

    private readonly ConcurrentQueue<(AuditRecord Record, TaskCompletionSource Done)> _queue = new();
    private int _writing;

    /// <summary>Completes once <paramref name="record"/> is committed to the chain; faults if it could not be.</summary>
    public Task AppendAsync(AuditRecord record)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Enqueue((record, done));
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteQueuedAsync);
        }

        return done.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            var group = new List<(AuditRecord Record, TaskCompletionSource Done)>();
            while (group.Count < MaxGroup && _queue.TryDequeue(out var item))
            {
                group.Add(item);
            }

            if (group.Count == 0)
            {
                Volatile.Write(ref _writing, 0);
                // A caller may have enqueued after the queue looked empty and before the flag dropped: take over again.
                if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            await WriteAsync(group);
        }
    }

    private async Task WriteAsync(List<(AuditRecord Record, TaskCompletionSource Done)> group)
    {
        try
        {
            await trail.AppendBatchAsync([.. group.Select(g => g.Record)], CancellationToken.None);
            group.ForEach(g => g.Done.TrySetResult());
            return;
        }
        catch (Exception ex) when (group.Count > 1)
        {
            logger.LogWarning(ex, "Audit of {Count} API calls in one transaction failed; appending them one by one", group.Count);
        }
        catch (Exception ex)
        {
            group[0].Done.TrySetException(ex);
            return;
        }

        foreach (var (record, done) in group)
        {
            try
            {
                await trail.AppendBatchAsync([record], CancellationToken.None);
                done.TrySetResult();
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        }
    }
}
