namespace ComplianceHub.Notifications.Acknowledge;

internal static class AcknowledgeEndpoints
{
    private const int NoteLength = 2_000;

    public static void MapAcknowledgeAlert(this IEndpointRouteBuilder api) =>
        api.MapPost("/alerts/{id:guid}/acknowledge", HandleAsync)
            .WithName("AcknowledgeAlert")
            .WithTags("Alerts")
            .WithSummary("Acknowledge an alert: its escalation stops at once.")
            .WithExample(new AcknowledgeRequest { Note = "On it; calling the processor." })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.SecurityOfficer));

    private static async Task<Results<Ok<AcknowledgementView>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, AcknowledgeRequest? request, ClaimsPrincipal user, NotificationsDbContext db, AlertAcknowledgements acknowledgements,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .When(request?.Note?.Length > NoteLength, "note", $"At most {NoteLength} characters.")
            .When(request?.Note?.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) == true, "note", "Must not contain control characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var organization = OrganizationScope.ReadFilter(user);
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id && (organization == null || a.OrganizationId == organization), cancellationToken);
        if (alert is null)
        {
            return TypedResults.NotFound();
        }

        if (!await acknowledgements.AcknowledgeAsync(alert, user.ActorId(), request?.Note, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already acknowledged",
                detail: "The alert was acknowledged before; its escalation has stopped.");
        }

        return TypedResults.Ok(new AcknowledgementView(alert.AcknowledgedAt!.Value, alert.AcknowledgedBy!, request?.Note?.Trim()));
    }
}
