using ComplianceHub.Reporting.Registers;

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
        if (await writes.AddAsync(RegisterKind.ProcessingActivity, activity, ProcessingActivityFields.View(activity), user.ActorId(), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{ProcessingActivityEndpoints.Path}/{activity.Id}", ProcessingActivityFields.View(activity));
    }

    internal static async Task<Results<Ok<ProcessingActivityView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessingActivityRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(
            RegisterKind.ProcessingActivity, await ProcessingActivityEndpoints.Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken), request,
            async (activity, errors) =>
            {
                var fields = ProcessingActivityValidator.Validate(request, errors);
                await ProcessingActivityValidator.CheckTransfersAsync(db, activity.OrganizationId, request.Transfers, errors, cancellationToken);
                return fields is null ? null : fields.ApplyTo;
            },
            ProcessingActivityFields.View, ProcessingActivityFields.View, user.ActorId(), cancellationToken);

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.DeleteAsync(
            RegisterKind.ProcessingActivity, await ProcessingActivityEndpoints.Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
            ProcessingActivityFields.View, user.ActorId(), cancellationToken);
}
