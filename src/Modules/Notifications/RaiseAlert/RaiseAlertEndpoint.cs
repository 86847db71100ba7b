using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Notifications.RaiseAlert;

internal static class RaiseAlertEndpoint
{
    private const int TitleLength = 200;
    private const int BodyLength = 4_000;
    private const int ReferenceLength = 200;
    private const int SourceLength = 150;

    public static void MapRaiseAlert(this IEndpointRouteBuilder api) =>
        api.MapPost("/alerts", HandleAsync)
            .WithName("RaiseAlert")
            .WithTags("Alerts")
            .WithSummary("Raise an alert: routed to the regional (else group) DPO, delivered per priority, escalated until acknowledged.")
            .WithIdempotency<NotificationsDbContext>()
            .WithExample(
                new RaiseAlertRequest
                {
                    Type = "ProcessingRisk", Priority = "High", Title = "New processor without a signed DPA",
                    Body = "Vendor X started processing customer data before the DPA was signed.", Country = "DE", Source = "vendor-review/881",
                },
                new AlertAccepted(Guid.Parse("5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b")),
                StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Integration));

    private static async Task<Results<Accepted<AlertAccepted>, ValidationProblem>> HandleAsync(
        RaiseAlertRequest request,
        ClaimsPrincipal user,
        OrganizationScope organizations,
        AlertIntake intake,
        NotificationsDbContext db,
        IModuleOutbox<NotificationsDbContext> outbox,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var type = RequestEnums.Parse<AlertType>(errors, "type", request.Type, required: true);
        var priority = RequestEnums.Parse<AlertPriority>(errors, "priority", request.Priority, required: true);
        errors.Text("title", request.Title, TitleLength, required: true);
        errors.Text("body", request.Body, BodyLength, required: true);
        errors.Text("source", request.Source, SourceLength, required: false);
        errors.Text("correlationId", request.CorrelationId, ReferenceLength, required: false);
        errors.When(request.Country is not null && !CountryCode.IsValid(request.Country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var (alert, _) = await intake.RaiseAsync(
            new NewAlert
            {
                OrganizationId = organization,
                Type = type!.Value,
                Priority = priority!.Value,
                Title = request.Title!.Trim(),
                Body = request.Body!.Trim(),
                // Callers' sources live in their own namespace: they cannot collide with the modules' ("breaches/…").
                Source = request.Source is { } source ? $"api:{organization}:{source.Trim()}" : null,
                CorrelationId = request.CorrelationId?.Trim(),
                Country = request.Country,
                Deadline = request.Deadline,
            },
            outbox.PublishEndpoint,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/alerts/{alert.Id}", new AlertAccepted(alert.Id));
    }
}
