using System.Security.Claims;
using System.Text.Json;
using ComplianceHub.Shared.Audit.Data;
using ComplianceHub.Shared.DeadLetters;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Shared.Audit;

/// <summary><c>/api/v1/audit</c>: the trail for auditors, its verification, and an export as JSON lines.</summary>
public static class AuditEndpoints
{
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder api)
    {
        // An organisation's Admin and Auditor read the entries about their organisation (Art. 5(2) is the
        // controller's duty); platform callers read them all. Verification always walks the whole chain: a chain
        // is intact or not, and the answer names no other organisation's data.
        var group = api.MapGroup("/audit").WithTags("Audit trail")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Auditor));
        group.MapGet("", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("Audit entries in chain order (filters: from, to, type, actor, subject; paging); an organisation's callers see its entries.");
        group.MapGet("/verify", (AuditVerifier verifier, CancellationToken cancellationToken) => VerifyAsync(verifier, cancellationToken))
            .WithName("VerifyAuditTrail")
            .WithSummary("Walks the whole chain: hashes, order, signatures, head. Names the first broken entry.");
        group.MapGet("/export", ExportAsync)
            .WithName("ExportAuditTrail")
            .WithSummary("The entries (filters: from, to) as JSON lines, in chain order, with their hashes and signatures.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return api;
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    private static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> ListAsync(
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
        return TypedResults.Ok(new Page<AuditEntryView>([.. items.Select(e => AuditEntryView.Of(e, trail))], number, size, total));
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
