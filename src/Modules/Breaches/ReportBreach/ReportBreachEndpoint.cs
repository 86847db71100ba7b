using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Breaches.Data;
using ComplianceHub.Breaches.Domain;
using ComplianceHub.Shared.Database;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Shared.Messaging.Outbox;
using System.Security.Claims;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Breaches.ReportBreach;

internal static class ReportBreachEndpoint
{
    public static void MapReportBreach(this IEndpointRouteBuilder api) =>
        api.MapPost("/breaches", HandleAsync)
            .WithIdempotency<BreachesDbContext>()
            .WithName("ReportBreach")
            .WithTags("Breaches")
            .WithSummary("Report a personal data breach; starts the Art. 33 72-hour clock.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Integration));

    private static async Task<Results<Accepted<BreachAccepted>, ValidationProblem>> HandleAsync(
        ReportBreachRequest request,
        ClaimsPrincipal user,
        OrganizationScope organizations,
        PersonalDataProtector personalData,
        BreachesDbContext db,
        IModuleOutbox<BreachesDbContext> outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = Instants.Normalize(clock.GetUtcNow());
        var errors = ReportBreachValidator.Validate(request, now);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var awareAt = Instants.Normalize(request.AwareAt ?? now);
        var id = NewId.NextGuid();
        var breach = new Breach
        {
            Id = id,
            OrganizationId = organization.Value,
            Title = personalData.Protect(request.Title!.Trim(), id, nameof(Breach.Title)),
            Description = personalData.Protect(request.Description!.Trim(), id, nameof(Breach.Description)),
            Source = request.Source!.Trim(),
            DetectedAt = Instants.Normalize(request.DetectedAt!.Value),
            AwareAt = awareAt,
            AuthorityDeadline = AuthorityDeadline.From(awareAt),
            ReportedAt = now,
            AffectedCountries = [.. request.AffectedCountries!.Distinct()],
            DataCategories = [.. request.DataCategories!.Select(c => c.Trim())],
            SpecialCategoryData = request.SpecialCategoryData,
            ApproxSubjectsAffected = request.ApproxSubjectsAffected!.Value,
            ApproxRecordsAffected = request.ApproxRecordsAffected!.Value,
            LikelyConsequences = personalData.ProtectOptional(request.LikelyConsequences?.Trim(), id, nameof(Breach.LikelyConsequences)),
            MeasuresTaken = personalData.ProtectOptional(request.MeasuresTaken?.Trim(), id, nameof(Breach.MeasuresTaken)),
            ReportedByProcessor = request.ReportedByProcessor,
        };
        db.Breaches.Add(breach);
        await outbox.PublishEndpoint.Publish(
            new BreachReported
            {
                BreachId = breach.Id,
                OrganizationId = breach.OrganizationId,
                DetectedAt = breach.DetectedAt,
                AwareAt = breach.AwareAt,
                AuthorityDeadline = breach.AuthorityDeadline,
                AffectedCountries = breach.AffectedCountries,
                SpecialCategoryData = breach.SpecialCategoryData,
                ApproxSubjectsAffected = breach.ApproxSubjectsAffected,
                ReportedByProcessor = breach.ReportedByProcessor,
            },
            cancellationToken);

        // One transaction: the breach and its BreachReported event are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted(
            $"/api/v1/breaches/{breach.Id}",
            new BreachAccepted(breach.Id, breach.Status.ToString(), breach.AwareAt, breach.AuthorityDeadline));
    }
}
