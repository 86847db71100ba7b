using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The writing operations of the register: each records its change (ADR 0013).</summary>
internal static class ProcessorWrites
{
    internal static async Task<Results<Created<ProcessorView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProcessorRequest request, ClaimsPrincipal user, OrganizationScope organizations, ReportingDbContext db,
        RegisterWrites writes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().When(request.Revision is not null, "revision", "Leave it out: a new entry starts at revision 1.");
        var fields = ProcessorValidator.Validate(request, ProcessorEndpoints.Today(writes), errors);
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
        if (await writes.AddAsync(RegisterKind.Processor, processor, ProcessorFields.View(processor), user.ActorId(), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{ProcessorEndpoints.Path}/{processor.Id}", ProcessorFields.View(processor));
    }

    internal static async Task<Results<Ok<ProcessorView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ProcessorRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(
            RegisterKind.Processor, await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken), request,
            (_, errors) => Task.FromResult<Action<Processor>?>(ProcessorValidator.Validate(request, ProcessorEndpoints.Today(writes), errors) is { } fields ? fields.ApplyTo : null),
            ProcessorFields.View, ProcessorFields.View, user.ActorId(), cancellationToken);

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken) =>
        await writes.DeleteAsync(
            RegisterKind.Processor, await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken),
            ProcessorFields.View, user.ActorId(), cancellationToken);
}
