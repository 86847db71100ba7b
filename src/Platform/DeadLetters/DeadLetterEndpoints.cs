using System.Security.Claims;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Resilience;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary><c>/api/v1/dead-letters</c>: triage of the messages that failed for good, highest legal impact first.</summary>
public static class DeadLetterEndpoints
{
    private const int MaxPageSize = 200;
    private const string DeadLetterPath = "/api/v1/dead-letters";

    /// <summary>Who may read a dead letter's payload: it may carry personal data, which operators do not need for triage.</summary>
    public static readonly string[] PayloadRoles = [Roles.Admin, Roles.Dpo];

    public static IEndpointRouteBuilder MapDeadLetters(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dead-letters").WithTags("Dead letters")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Operator));
        group.MapGet("", ListAsync)
            .WithName("ListDeadLetters")
            .WithSummary("Dead-lettered messages, highest legal impact first, then oldest failure; payloads are not included. archived=true lists the archive instead.");
        group.MapGet("/metrics", MetricsAsync)
            .WithName("DeadLetterMetrics")
            .WithSummary("Live store: totals, today's count (UTC), oldest and newest first failure, and the ten most frequent reasons.");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetDeadLetter")
            .WithSummary("One entry with its failure and attempts; the payload is redacted (see /payload).");
        api.MapGet("/dead-letters/{id:guid}/payload", PayloadAsync)
            .WithTags("Dead letters")
            .RequireAuthorization(p => p.RequirePlatformRole(PayloadRoles))
            .WithName("GetDeadLetterPayload")
            .WithSummary("The decrypted message, headers and error texts (they may hold personal data). Admin and Dpo only; every view is recorded in the audit trail first.");
        group.MapPost("/{id:guid}/replay", ReplayAsync)
            .WithName("ReplayDeadLetter")
            .WithSummary("Send the message back to the queue it failed on. A replay that succeeds removes the entry; one that fails brings it back with its history extended.");
        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithName("DeleteDeadLetter")
            .WithSummary("Dispose of an entry for good (its encrypted payload with it); a reason is required.");
        return api;
    }

    private static async Task<Results<Accepted<ReplayAccepted>, ValidationProblem, ProblemHttpResult>> ReplayAsync(
        Guid id, OperatorAction action, DeadLetterDbContext db, DeadLetterReplays replays, IAuditTrail audit, ClaimsPrincipal user, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Reasoned(action.Reason) is { } invalid)
        {
            return invalid;
        }

        var entry = await db.DeadLetters.FindAsync([id], cancellationToken);
        if (entry is null)
        {
            return NotFound(id);
        }

        if (entry.ReplayedAt is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A replay is in progress",
                detail: $"Dead letter {id} was replayed at {entry.ReplayedAt:O}; wait for its outcome.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messageId = await replays.ReplayAsync(entry, cancellationToken);
        await audit.AppendAsync(OperatorRecord(AuditTypes.DeadLetterReplayed, entry, user, action.Reason, messageId), db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Audit(loggers).LogInformation("Dead letter {DeadLetterId} ({MessageType}) replayed by {Operator}", id, entry.MessageType, user.ActorId());
        return TypedResults.Accepted($"{DeadLetterPath}/{id}", new ReplayAccepted(id, messageId));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        Guid id, string? reason, DeadLetterDbContext db, IAuditTrail audit, ClaimsPrincipal user, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (Reasoned(reason) is { } invalid)
        {
            return invalid;
        }

        var entry = await db.DeadLetters.FindAsync([id], cancellationToken);
        if (entry is null)
        {
            return NotFound(id);
        }

        // Secure disposal: the row and its encrypted payload go; the trail keeps who, when, why and what it was.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.DeadLetters.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OperatorRecord(AuditTypes.DeadLetterDeleted, entry, user, reason, messageId: null), db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Audit(loggers).LogInformation("Dead letter {DeadLetterId} ({MessageType}) disposed of by {Operator}", id, entry.MessageType, user.ActorId());
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<DeadLetterView>, ProblemHttpResult>> GetAsync(Guid id, DeadLetterDbContext db, CancellationToken cancellationToken) =>
        await db.DeadLetters.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } entry
            ? TypedResults.Ok(DeadLetterView.Of(entry))
            : NotFound(id);

    private static async Task<Results<Ok<DeadLetterPayloadView>, ProblemHttpResult>> PayloadAsync(
        Guid id, DeadLetterDbContext db, DeadLetterWriter writer, IAuditTrail audit, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var entry = await db.DeadLetters.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound(id);
        }

        // Recorded before anything is decrypted: no view without its trace.
        await audit.AppendAsync(OperatorRecord(AuditTypes.DeadLetterPayloadViewed, entry, user, reason: null, messageId: null), cancellationToken);
        return TypedResults.Ok(DeadLetterPayloadView.Of(entry, writer.Decrypt(entry)));
    }

    private static AuditRecord OperatorRecord(string type, DeadLetter entry, ClaimsPrincipal user, string? reason, Guid? messageId) => new(
        type, user.ActorId(), $"dead-letter:{entry.Id}",
        new Dictionary<string, string?>
        {
            ["messageType"] = entry.MessageType, ["queue"] = entry.SourceQueue, ["replayMessageId"] = messageId?.ToString(),
        },
        reason);

    private static ValidationProblem? Reasoned(string? reason)
    {
        var errors = new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(reason), "reason", "A reason is required; it is kept with the operator's name.")
            .When(reason is { Length: > OperatorAction.MaxReasonLength }, "reason", $"At most {OperatorAction.MaxReasonLength} characters.");
        return errors.IsValid ? null : errors.ToProblem();
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dead letter", detail: $"No dead letter has id {id}.");

    // Operator actions are also logged under their own category; the reason (free text) is only in the audit trail, encrypted.
    private static ILogger Audit(ILoggerFactory loggers) => loggers.CreateLogger("ComplianceHub.Audit.DeadLetters");

    private static async Task<Results<Ok<Listing<DeadLetterView>>, ValidationProblem>> ListAsync(
        DeadLetterDbContext db,
        string? messageType,
        string? queue,
        string? reason,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        bool? archived,
        CancellationToken cancellationToken)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, from, to);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = archived == true
            ? db.DeadLetters.AsNoTracking().Where(d => d.ArchivedAt != null)
            : db.DeadLetters.AsNoTracking().Where(d => d.ArchivedAt == null);
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
        return TypedResults.Ok(new Listing<DeadLetterView>([.. items.Select(DeadLetterView.Of)], number, size, total));
    }

    private static async Task<Ok<DeadLetterMetrics>> MetricsAsync(DeadLetterDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var entries = db.DeadLetters.AsNoTracking().Where(d => d.ArchivedAt == null);
        var total = await entries.CountAsync(cancellationToken);
        var eventsToday = await entries.CountAsync(d => d.LastFailedAt >= today, cancellationToken);
        var oldest = total == 0 ? null : (DateTimeOffset?)await entries.MinAsync(d => d.FirstFailedAt, cancellationToken);
        var newest = total == 0 ? null : (DateTimeOffset?)await entries.MaxAsync(d => d.FirstFailedAt, cancellationToken);
        var reasons = await entries.GroupBy(d => d.Reason).Select(g => new { Reason = g.Key, Count = g.Count() })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason).Take(10).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DeadLetterMetrics(total, eventsToday, oldest, newest, [.. reasons.Select(r => new ReasonCount(r.Reason, r.Count))]));
    }
}
