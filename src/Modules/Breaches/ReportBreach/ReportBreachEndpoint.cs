using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Breaches.ReportBreach;

internal static class ReportBreachEndpoint
{
    public static void MapReportBreach(this IEndpointRouteBuilder api) =>
        api.MapPost("/breaches", HandleAsync)
            .WithIdempotency<BreachesDbContext>()
            .Describe("ReportBreach", "Report a personal data breach; starts the Art. 33 72-hour clock.",
                Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Integration)
            .WithExample(ReportBreachExamples.Report, ReportBreachExamples.Accepted, StatusCodes.Status202Accepted);

    private static async Task<Results<Accepted<BreachAccepted>, ValidationProblem>> HandleAsync(
        ReportBreachRequest request,
        ClaimsPrincipal user,
        OrganizationScope organizations,
        BreachIntake intake,
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

        var breach = await intake.OpenAsync(
            new NewBreach
            {
                OrganizationId = organization.Value,
                Title = request.Title!.Trim(),
                Description = request.Description!.Trim(),
                Source = request.Source!.Trim(),
                DetectedAt = request.DetectedAt!.Value,
                AwareAt = request.AwareAt ?? now,
                AffectedCountries = request.AffectedCountries!,
                DataCategories = [.. request.DataCategories!.Select(c => c.Trim())],
                SpecialCategoryData = request.SpecialCategoryData,
                ApproxSubjectsAffected = request.ApproxSubjectsAffected!.Value,
                ApproxRecordsAffected = request.ApproxRecordsAffected!.Value,
                LikelyConsequences = request.LikelyConsequences?.Trim(),
                MeasuresTaken = request.MeasuresTaken?.Trim(),
                ReportedByProcessor = request.ReportedByProcessor,
                ContactPoint = request.ContactPoint,
            },
            user.ActorId(),
            outbox.PublishEndpoint,
            cancellationToken);

        // One transaction: the breach, its workflow and its BreachReported event are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted(
            $"/api/v1/breaches/{breach.Id}",
            new BreachAccepted(breach.Id, "Reported", breach.AwareAt, breach.AuthorityDeadline));
    }
}
