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

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The records of processing activities (Art. 30(1)), with their change history.</summary>
internal static class ProcessingActivityEndpoints
{
    private const string Path = "/" + RegisterPaths.ProcessingActivities;

    public static void MapProcessingActivities(this IEndpointRouteBuilder api)
    {
        api.MapPost(Path, CreateAsync).WithIdempotency<ReportingDbContext>().WithName("CreateProcessingActivity").WithTags("Registers")
            .WithSummary("Add a record of processing activities (Art. 30(1)).")
            .WithExample(RegisterExamples.Activity, RegisterExamples.ActivityView, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(Path, ListAsync).WithName("ListProcessingActivities").WithTags("Registers")
            .WithSummary("Records of processing activities, by name; filter by part of the name.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(Path + "/{id:guid}", GetAsync).WithName("GetProcessingActivity").WithTags("Registers")
            .WithExample(null, RegisterExamples.ActivityView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(Path + "/{id:guid}", UpdateAsync).WithName("UpdateProcessingActivity").WithTags("Registers")
            .WithSummary("Replace a record; send the revision last read (a newer one answers 409).")
            .WithExample(RegisterExamples.ActivityUpdate, RegisterExamples.ActivityView with { Revision = 2 })
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(Path + "/{id:guid}", DeleteAsync).WithName("DeleteProcessingActivity").WithTags("Registers")
            .WithSummary("Remove a record; its history keeps the last version.")
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }

    private static IQueryable<ProcessingActivity> Visible(ReportingDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } org ? db.ProcessingActivities.Where(a => a.OrganizationId == org) : db.ProcessingActivities;

    private static async Task<Results<Created<ProcessingActivityView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProcessingActivityRequest request, ClaimsPrincipal user, OrganizationScope organizations, ReportingDbContext db,
        RegisterWrites writes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(request.Revision is not null, "revision", "Leave it out: a new entry starts at revision 1.");
        var fields = ProcessingActivityValidator.Validate(request, errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (organization is { } org)
        {
            await ProcessingActivityValidator.CheckTransfersAsync(db, org, request.Transfers, errors, cancellationToken);
        }

        if (!errors.IsValid || fields is null || organization is null)
        {
            return errors.ToProblem();
        }

        var now = writes.Now();
        var activity = new ProcessingActivity
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organization.Value,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
            Name = "",
            Purposes = [],
            DataSubjectCategories = [],
            PersonalDataCategories = [],
            RecipientCategories = [],
            Transfers = [],
            Retention = "",
            SecurityMeasures = "",
        };
        fields.ApplyTo(activity);
        db.ProcessingActivities.Add(activity);
        var view = ProcessingActivityFields.View(activity);
        var snapshot = RegisterJson.Element(view);
        if (await writes.SaveAsync(RegisterKind.ProcessingActivity, activity.OrganizationId, activity.Id, activity.Revision, ChangeAction.Created,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{Path}/{activity.Id}", view);
    }

    private static async Task<Results<Ok<RegisterPage<ProcessingActivityView>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, string? name = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, RegisterLimits.MaxPageSize, null, null)
            .When(name is { Length: > RegisterLimits.NameLength }, "name", $"At most {RegisterLimits.NameLength} characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var part = name.Trim().ToLowerInvariant();
            query = query.Where(a => a.Name.ToLower().Contains(part));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RegisterPage<ProcessingActivityView>([.. items.Select(ProcessingActivityFields.View)], page, pageSize, total));
    }

    private static async Task<Results<Ok<ProcessingActivityView>, NotFound>> GetAsync(
        Guid id, ReportingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Another organisation's entry answers exactly like one that does not exist.
        var activity = await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is null ? TypedResults.NotFound() : TypedResults.Ok(ProcessingActivityFields.View(activity));
    }

    private static async Task<Results<Ok<ProcessingActivityView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessingActivityRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var activity = await Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != activity.OrganizationId, OrganizationScope.Field, "An entry cannot move to another organisation.")
            .When(request.Revision is null, "revision", "Required: the revision last read.");
        var fields = ProcessingActivityValidator.Validate(request, errors);
        await ProcessingActivityValidator.CheckTransfersAsync(db, activity.OrganizationId, request.Transfers, errors, cancellationToken);
        if (!errors.IsValid || fields is null)
        {
            return errors.ToProblem();
        }

        if (request.Revision != activity.Revision)
        {
            return RegisterWrites.Stale();
        }

        var before = RegisterJson.Element(ProcessingActivityFields.View(activity));
        fields.ApplyTo(activity);
        var changed = RegisterJson.ChangedFields(before, RegisterJson.Element(ProcessingActivityFields.View(activity)));
        if (changed.Count == 0)
        {
            return TypedResults.Ok(ProcessingActivityFields.View(activity)); // nothing to record: same revision, no history row
        }

        activity.Revision++;
        activity.UpdatedAt = writes.Now();
        var view = ProcessingActivityFields.View(activity);
        if (await writes.SaveAsync(RegisterKind.ProcessingActivity, activity.OrganizationId, activity.Id, activity.Revision, ChangeAction.Updated,
                user.ActorId(), RegisterJson.Element(view), changed, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(view);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var activity = await Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var snapshot = RegisterJson.Element(ProcessingActivityFields.View(activity));
        db.ProcessingActivities.Remove(activity);
        if (await writes.SaveAsync(RegisterKind.ProcessingActivity, activity.OrganizationId, activity.Id, activity.Revision, ChangeAction.Deleted,
                user.ActorId(), snapshot, RegisterJson.ContentFields(snapshot), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }
}
