using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The processor register (Art. 28): contracts, sub-processors and audits.</summary>
internal static class ProcessorEndpoints
{
    private const string Path = "/" + RegisterPaths.Processors;

    public static void MapProcessors(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateProcessor").WithTags("Registers")
            .WithSummary("Add a processor (Art. 28): establishment, DPA, sub-processors, last audit, status.")
            .WithExample(RegisterExamples.Processor, RegisterExamples.ProcessorView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, ListAsync).WithName("ListProcessors").WithTags("Registers")
            .WithSummary("Processors, by name; filter by status.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", GetAsync).WithName("GetProcessor").WithTags("Registers")
            .WithExample(null, RegisterExamples.ProcessorView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", UpdateAsync).WithName("UpdateProcessor").WithTags("Registers")
            .WithSummary("Replace a processor; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.ProcessorUpdate, RegisterExamples.ProcessorView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", DeleteAsync).WithName("DeleteProcessor").WithTags("Registers")
            .WithSummary("Remove a processor; its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    private static IQueryable<Processor> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.Processors.Where(p => p.OrganizationId == org) : db.Processors;

    private static DateOnly Today(RegisterWrites writes) => DateOnly.FromDateTime(writes.Now().UtcDateTime);

    private static async Task<Results<Created<ProcessorView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProcessorRequest request, ClaimsPrincipal user, OrganizationScope organizations, ReportingDbContext db,
        RegisterWrites writes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(request.Revision is not null, "revision", "Leave it out: a new entry starts at revision 1.");
        var fields = ProcessorValidator.Validate(request, Today(writes), errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || fields is null || organization is null)
        {
            return errors.ToProblem();
        }

        var now = writes.Now();
        var processor = new Processor
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organization.Value,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
            Name = "",
            Country = "",
            SubProcessors = [],
        };
        fields.ApplyTo(processor);
        db.Processors.Add(processor);
        var view = ProcessorFields.View(processor);
        var snapshot = RegisterJson.Element(view);
        if (await writes.SaveAsync(RegisterKind.Processor, processor.OrganizationId, processor.Id, processor.Revision, ChangeAction.Created,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{Path}/{processor.Id}", view);
    }

    private static async Task<Results<Ok<RegisterPage<ProcessorView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, string? status = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null);
        var wanted = RequestEnums.Parse<ProcessorStatus>(errors, "status", status, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user).AsNoTracking();
        query = wanted is { } s ? query.Where(p => p.Status == s) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RegisterPage<ProcessorView>([.. items.Select(ProcessorFields.View)], page, pageSize, total));
    }

    private static async Task<Results<Ok<ProcessorView>, NotFound>> GetAsync(
        Guid id, ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var processor = await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return processor is null ? TypedResults.NotFound() : TypedResults.Ok(ProcessorFields.View(processor));
    }

    private static async Task<Results<Ok<ProcessorView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessorRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var processor = await Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (processor is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != processor.OrganizationId, OrganizationScope.Field, "An entry cannot move to another organisation.")
            .When(request.Revision is null, "revision", "Required: the revision last read.");
        var fields = ProcessorValidator.Validate(request, Today(writes), errors);
        if (!errors.IsValid || fields is null)
        {
            return errors.ToProblem();
        }

        if (request.Revision != processor.Revision)
        {
            return RegisterWrites.Stale();
        }

        var before = RegisterJson.Element(ProcessorFields.View(processor));
        fields.ApplyTo(processor);
        var changed = RegisterJson.ChangedFields(before, RegisterJson.Element(ProcessorFields.View(processor)));
        if (changed.Count == 0)
        {
            return TypedResults.Ok(ProcessorFields.View(processor));
        }

        processor.Revision++;
        processor.UpdatedAt = writes.Now();
        var view = ProcessorFields.View(processor);
        if (await writes.SaveAsync(RegisterKind.Processor, processor.OrganizationId, processor.Id, processor.Revision, ChangeAction.Updated,
                user.ActorId(), RegisterJson.Element(view), changed, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(view);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var processor = await Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (processor is null)
        {
            return TypedResults.NotFound();
        }

        var snapshot = RegisterJson.Element(ProcessorFields.View(processor));
        db.Processors.Remove(processor);
        if (await writes.SaveAsync(RegisterKind.Processor, processor.OrganizationId, processor.Id, processor.Revision, ChangeAction.Deleted,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }
}
