using ComplianceHub.Shared.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.DataSubjectRequests.Retention;

/// <summary>
/// Request records are kept as accountability evidence (Art. 5(2)) for <see cref="DataSubjectRequestsOptions.Retention"/>
/// after the response, then deleted with their key, tasks, pauses, timeline and workflow (Art. 5(1)(e)). The audit
/// entry keeps the count and the cut-off only.
/// </summary>
public sealed class RequestRetention(
    IServiceScopeFactory scopes, DataSubjectRequestsOptions options, IAuditTrail audit, TimeProvider clock, ILogger<RequestRetention> logger) : BackgroundService
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DataSubjectRequestsDbContext>();
        var expired = await db.Requests.Where(r => r.RespondedAt != null && r.RespondedAt < cutoff).Select(r => r.Id).Take(500).ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Timeline.Where(t => expired.Contains(t.RequestId)).ExecuteDeleteAsync(cancellationToken);
        await db.SubjectKeys.Where(k => expired.Contains(k.RequestId)).ExecuteDeleteAsync(cancellationToken);
        await db.Workflows.Where(w => expired.Contains(w.CorrelationId)).ExecuteDeleteAsync(cancellationToken);
        await db.Tasks.Where(t => expired.Contains(t.RequestId)).ExecuteDeleteAsync(cancellationToken);
        await db.Pauses.Where(p => expired.Contains(p.RequestId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Requests.Where(r => expired.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord("data-subject-requests.purged", AuditRecord.SystemActor, "data-subject-requests",
                new Dictionary<string, string?> { ["count"] = deleted.ToString(System.Globalization.CultureInfo.InvariantCulture), ["respondedBefore"] = cutoff.ToString("O") }),
            db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Request retention: {Deleted} request(s) answered before {Cutoff} deleted", deleted, cutoff);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.RetentionSweepInterval, clock, stoppingToken);
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Request retention failed; it runs again in {Interval}", options.RetentionSweepInterval);
            }
        }
    }
}
