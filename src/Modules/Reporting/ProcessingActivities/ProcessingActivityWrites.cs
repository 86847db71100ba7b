using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The writing operations of the register: each records its change (ADR 0013).</summary>
internal static class ProcessingActivityWrites
{
    internal static async Task<Results<Created<ProcessingActivityView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
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

        return TypedResults.Created($"/api/v1{ProcessingActivityEndpoints.Path}/{activity.Id}", view);
    }

    internal static async Task<Results<Ok<ProcessingActivityView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessingActivityRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var activity = await ProcessingActivityEndpoints.Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
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

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var activity = await ProcessingActivityEndpoints.Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
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
