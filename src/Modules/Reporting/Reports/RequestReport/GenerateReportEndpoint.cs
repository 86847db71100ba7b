using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Reporting.Reports.Generate;

internal static class GenerateReportEndpoint
{
    public static void MapGenerateReport(this IEndpointRouteBuilder api) =>
        api.MapPost("/reports/{type}/generate", HandleAsync)
            .WithIdempotency<ReportingDbContext>()
            .WithName("GenerateReport")
            .WithTags("Reports")
            .WithSummary("Generate a report on demand for a period of calendar days; answers at once, the report is generated in the background.")
            .WithExample(ReportExamples.Generate, ReportExamples.Accepted, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo));

    private static async Task<Results<Accepted<ReportAccepted>, ValidationProblem>> HandleAsync(
        string type,
        GenerateReportRequest request,
        ClaimsPrincipal user,
        OrganizationScope organizations,
        ReportRequests requests,
        ReportingDbContext db,
        IModuleOutbox<ReportingDbContext> outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var reportType = GenerateReportValidator.Validate(type, request, errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null || reportType is null)
        {
            return errors.ToProblem();
        }

        var zone = OrganizationTimeZones.Find(request.TimeZone
            ?? await OrganizationTimeZones.ForOrganizationAsync(organizations, organization.Value, cancellationToken))!;
        var now = Instants.Normalize(clock.GetUtcNow());
        if (!GenerateReportValidator.NotInTheFuture(errors, request.PeriodEnd!.Value, zone, now).IsValid)
        {
            return errors.ToProblem();
        }

        var period = new ReportPeriod(request.PeriodStart!.Value, request.PeriodEnd!.Value, zone);
        var report = (await requests.AddAsync(
            organization.Value, reportType.Value, period, ReportTrigger.OnDemand, user.ActorId(), outbox.PublishEndpoint, cancellationToken))!;
        // One transaction: the pending report and its GenerateReport command are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted(
            $"/api/v1/reports/{report.Id}",
            new ReportAccepted(report.Id, report.Status.ToString(), report.PeriodStart, report.PeriodEnd, report.TimeZone));
    }
}
