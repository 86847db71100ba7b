using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The writing operations of the register: each records its change (ADR 0013).</summary>
internal static class ProcessorWrites
{
    internal static Task<Results<Created<ProcessorView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProcessorRequest request, ClaimsPrincipal user, OrganizationScope organizations, RegisterWrites writes, CancellationToken cancellationToken) =>
        writes.CreateAsync(
            RegisterKind.Processor, request, user, organizations,
            errors => ProcessorValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null,
            (id, organization, now) => new Processor
            {
                Id = id,
                OrganizationId = organization,
                Revision = 1,
                CreatedAt = now,
                UpdatedAt = now,
                Name = "",
                Country = "",
                SubProcessors = [],
            },
            ProcessorFields.View, ProcessorFields.View, ProcessorEndpoints.Path, cancellationToken);

    internal static async Task<Results<Ok<ProcessorView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessorRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(
            RegisterKind.Processor, await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken), request,
            (_, errors) => Task.FromResult<Action<Processor>?>(ProcessorValidator.Validate(request, writes.Today(), errors) is { } fields ? fields.ApplyTo : null),
            ProcessorFields.View, ProcessorFields.View, user.ActorId(), cancellationToken);

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.DeleteAsync(
            RegisterKind.Processor, await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            ProcessorFields.View, user.ActorId(), cancellationToken);
}
