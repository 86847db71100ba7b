using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The writing operations of the register: each records its change (ADR 0013).</summary>
internal static class ProcessingActivityWrites
{
    internal static Task<Results<Created<ProcessingActivityView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProcessingActivityRequest request, ClaimsPrincipal user, OrganizationScope organizations, ReportingDbContext db,
        RegisterWrites writes, CancellationToken cancellationToken) =>
        writes.CreateAsync(
            RegisterKind.ProcessingActivity, request, user, organizations,
            errors => ProcessingActivityValidator.Validate(request, errors) is { } fields ? fields.ApplyTo : null,
            (id, organization, now) => new ProcessingActivity
            {
                Id = id,
                OrganizationId = organization,
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
            },
            ProcessingActivityFields.View, ProcessingActivityFields.View, ProcessingActivityEndpoints.Path, cancellationToken,
            check: (organization, errors) => ProcessingActivityValidator.CheckTransfersAsync(db, organization, request.Transfers, errors, cancellationToken));

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
