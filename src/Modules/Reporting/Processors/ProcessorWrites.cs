using System.Security.Claims;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
        Guid id, ProcessorRequest request, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var processor = await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (processor is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != processor.OrganizationId, OrganizationScope.Field, "An entry cannot move to another organisation.")
            .When(request.Revision is null, "revision", "Required: the revision last read.");
        var fields = ProcessorValidator.Validate(request, ProcessorEndpoints.Today(writes), errors);
        if (!errors.IsValid || fields is null)
        {
            return errors.ToProblem();
        }

        if (await writes.ReplaceAsync(RegisterKind.Processor, processor, request.Revision, fields.ApplyTo, ProcessorFields.View, user.ActorId(), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(ProcessorFields.View(processor));
    }

    internal static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, RegisterWrites writes, CancellationToken cancellationToken)
    {
        var processor = await ProcessorEndpoints.Visible(db, user).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (processor is null)
        {
            return TypedResults.NotFound();
        }

        if (await writes.RemoveAsync(RegisterKind.Processor, processor, ProcessorFields.View(processor), user.ActorId(), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }
}
