using System.Security.Claims;
using ComplianceHub.Shared.Audit.Checkpoints;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.Audit;

/// <summary><c>/api/v1/audit</c>: the trail for auditors, its verification, and an export as JSON lines.</summary>
public static class AuditEndpoints
{
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        // An organisation's Admin and Auditor read the entries about their organisation (Art. 5(2) is the
        // controller's duty); platform callers read them all. Verification always walks the whole chain (a chain is
        // intact or not), but an organisation's caller is told about its own entries only; it is rate-limited per
        // caller because it reads every entry.
        var group = api.MapGroup("/audit").WithTags("Audit trail")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor));
        group.MapGet("", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("Audit entries in chain order (filters: from, to, type, actor, subject; paging); an organisation's callers see its entries.");
        group.MapGet("/verify", VerifyAsync)
            .WithName("VerifyAuditTrail")
            .WithSummary("Walks the whole chain: hashes, order, signatures, the signed head, and the newest published checkpoint. Names the first broken entry (an organisation's callers: only their own).")
            .RequireRateLimiting(AuditModule.VerifyRateLimit);
        group.MapPost("/verify", VerifyAgainstAsync)
            .WithName("VerifyAuditTrailAgainstCheckpoint")
            .WithSummary("Walks the chain as GET does, against an uploaded checkpoint: reports the entries it proves existed that are missing.")
            .RequireRateLimiting(AuditModule.VerifyRateLimit);
        group.MapPost("/checkpoints", PublishCheckpointAsync)
            .WithName("PublishAuditCheckpoint")
            .WithSummary("Signs the chain's head as a checkpoint now and writes it to the checkpoint sink (file, webhook); answers it for safekeeping.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin, Roles.Auditor));
        group.MapPost("/head/reseal", ResealAsync)
            .WithName("ResealAuditHead")
            .WithSummary("After investigating a stopped trail: signs the head as it stands, recording the break and the reason as an audit.head-resealed entry.")
            .RequireAuthorization(p => p.RequirePlatformRole(Roles.Admin));
        group.MapGet("/export", ExportAsync)
            .WithName("ExportAuditTrail")
            .WithSummary("The entries (filters: from, to) as JSON lines, in chain order, with their hashes and signatures.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return api;
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(ClaimsPrincipal user, AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(null, user.OrganizationId(), cancellationToken));

    private static async Task<Results<Ok<AuditVerification>, ValidationProblem>> VerifyAgainstAsync(
        AuditCheckpoint checkpoint, ClaimsPrincipal user, AuditVerifier verifier, MessageKeyRing keys, CancellationToken cancellationToken)
    {
        // A checkpoint is only evidence if it is ours: one with a wrong signature proves nothing either way.
        var errors = new ValidationErrors()
            .When(checkpoint.Sequence < 0, "sequence", "Must not be negative.")
            .When(checkpoint.Hash is not { Length: 64 }, "hash", "The 64 hex digits of the checkpointed entry's hash.");
        if (errors.IsValid && !AuditCheckpointSignature.IsValid(checkpoint, keys))
        {
            errors.Add("signature", "Does not verify under the audit-checkpoint key of any key in the ring: not a checkpoint of this chain, or altered.");
        }

        return errors.IsValid ? TypedResults.Ok(await verifier.VerifyAsync(checkpoint, user.OrganizationId(), cancellationToken)) : errors.ToProblem();
    }

    private static async Task<Results<Ok<AuditEntryView>, ValidationProblem, ProblemHttpResult>> ResealAsync(
        AuditResealRequest request, ClaimsPrincipal user, AuditHeadReseal reseal, AuditTrail trail, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(request.ExpectedSequence is null or < 0, "expectedSequence", "The head's sequence number as verification reported it (guards against a concurrent change).")
            .When(string.IsNullOrWhiteSpace(request.Reason), "reason", "Required: what was investigated and why the trail may go on.")
            .When(request.Reason is { Length: > 2000 }, "reason", "At most 2000 characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var entry = await reseal.ResealAsync(request.ExpectedSequence!.Value, user.ActorId(), request.Reason!, cancellationToken);
        return entry is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The head is no longer at expectedSequence", detail: "Verify again and resend with the head's current sequence.")
            : TypedResults.Ok(AuditEntryView.Of(entry, trail));
    }

    private static async Task<Ok<AuditCheckpoint>> PublishCheckpointAsync(AuditCheckpointPublisher publisher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publisher.PublishAsync(cancellationToken));

    private static async Task<Results<Ok<Listing<AuditEntryView>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user,
        AuditDbContext db,
        AuditTrail trail,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? type,
        string? actor,
        string? subject,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, from, to);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Filter(db, user, from, to);
        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.Where(e => e.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            query = query.Where(e => e.Subject == subject);
        }

        var number = page ?? 1;
        var size = pageSize ?? 100;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Sequence).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Listing<AuditEntryView>([.. items.Select(e => AuditEntryView.Of(e, trail))], number, size, total));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportAsync(
        HttpContext http, ClaimsPrincipal user, AuditDbContext db, AuditTrail trail, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        if (from is not null && to is not null && from > to)
        {
            return new ValidationErrors().When(true, "from", "Must not be after 'to'.").ToProblem();
        }

        http.Response.ContentType = "application/x-ndjson";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"audit-trail.jsonl\"";
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var newline = "\n"u8.ToArray();
        await foreach (var entry in Filter(db, user, from, to).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await JsonSerializer.SerializeAsync(http.Response.Body, AuditEntryView.Of(entry, trail), json, cancellationToken);
            await http.Response.Body.WriteAsync(newline, cancellationToken);
        }

        return TypedResults.Empty;
    }

    private static IQueryable<AuditEntry> Filter(AuditDbContext db, ClaimsPrincipal user, DateTimeOffset? from, DateTimeOffset? to)
    {
        var query = db.Entries.AsNoTracking();
        if (user.OrganizationId() is { } organization)
        {
            query = query.Where(e => e.OrganizationId == organization);
        }

        if (from is { } start)
        {
            query = query.Where(e => e.At >= start);
        }

        if (to is { } end)
        {
            query = query.Where(e => e.At <= end);
        }

        return query;
    }
}
