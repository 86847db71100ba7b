using ComplianceHub.Shared.DeadLetters.Data;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary><c>/api/v1/dead-letters</c>: triage of the messages that failed for good, highest legal impact first.</summary>
public static class DeadLetterEndpoints
{
    private const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapDeadLetters(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dead-letters").WithTags("Dead letters")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Operator));
        group.MapGet("", ListAsync)
            .WithName("ListDeadLetters")
            .WithSummary("Dead-lettered messages, highest legal impact first, then oldest failure; payloads are not included.");
        group.MapGet("/metrics", MetricsAsync)
            .WithName("DeadLetterMetrics")
            .WithSummary("Totals, today's count (UTC), oldest and newest first failure, and the ten most frequent reasons.");
        return api;
    }

    private static async Task<Results<Ok<Page<DeadLetterView>>, ValidationProblem>> ListAsync(
        DeadLetterDbContext db,
        string? messageType,
        string? queue,
        string? reason,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(page < 1, "page", "Pages start at 1.")
            .When(pageSize is < 1 or > MaxPageSize, "pageSize", $"Between 1 and {MaxPageSize}.")
            .When(from is not null && to is not null && from > to, "from", "Must not be after 'to'.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = db.DeadLetters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(messageType))
        {
            query = query.Where(d => d.MessageType.Contains(messageType));
        }

        if (!string.IsNullOrWhiteSpace(queue))
        {
            query = query.Where(d => d.SourceQueue == queue);
        }

        if (!string.IsNullOrWhiteSpace(reason))
        {
            query = query.Where(d => d.Reason.Contains(reason));
        }

        if (from is { } start)
        {
            query = query.Where(d => d.LastFailedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(d => d.FirstFailedAt <= end);
        }

        var number = page ?? 1;
        var size = pageSize ?? 50;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.Impact).ThenBy(d => d.FirstFailedAt).ThenBy(d => d.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<DeadLetterView>([.. items.Select(DeadLetterView.Of)], number, size, total));
    }

    private static async Task<Ok<DeadLetterMetrics>> MetricsAsync(DeadLetterDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var entries = db.DeadLetters.AsNoTracking();
        var total = await entries.CountAsync(cancellationToken);
        var eventsToday = await entries.CountAsync(d => d.LastFailedAt >= today, cancellationToken);
        var oldest = total == 0 ? null : (DateTimeOffset?)await entries.MinAsync(d => d.FirstFailedAt, cancellationToken);
        var newest = total == 0 ? null : (DateTimeOffset?)await entries.MaxAsync(d => d.FirstFailedAt, cancellationToken);
        var reasons = await entries.GroupBy(d => d.Reason).Select(g => new { Reason = g.Key, Count = g.Count() })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason).Take(10).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DeadLetterMetrics(total, eventsToday, oldest, newest, [.. reasons.Select(r => new ReasonCount(r.Reason, r.Count))]));
    }
}
