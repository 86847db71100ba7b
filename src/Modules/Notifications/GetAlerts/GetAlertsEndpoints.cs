using ComplianceHub.Notifications.Acknowledge;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Notifications.GetAlerts;

internal static class GetAlertsEndpoints
{
    private const int MaxPageSize = 200;

    public static void MapGetAlerts(this IEndpointRouteBuilder api)
    {
        string[] readers = [Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor];
        api.MapGet("/alerts", ListAsync)
            .WithName("ListAlerts")
            .WithTags("Alerts")
            .WithSummary("Alerts, newest first; filter by source, type, priority and status.")
            .RequireAuthorization(p => p.RequireRole(readers));
        api.MapGet("/alerts/{id:guid}", GetAsync)
            .WithName("GetAlert")
            .WithTags("Alerts")
            .RequireAuthorization(p => p.RequireRole(readers));
    }

    private static async Task<Results<Ok<Page<AlertView>>, ValidationProblem>> ListAsync(
        NotificationsDbContext db,
        ClaimsPrincipal user,
        PersonalDataProtector personalData,
        CancellationToken cancellationToken,
        string? source = null,
        AlertType? type = null,
        AlertPriority? priority = null,
        AlertStatus? status = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        int page = 1,
        int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, from, to)
            .When(source?.Length > 200, "source", "At most 200 characters.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var query = Visible(db, user);
        query = source is null ? query : query.Where(a => a.Source == source);
        query = type is null ? query : query.Where(a => a.Type == type);
        query = priority is null ? query : query.Where(a => a.Priority == priority);
        query = status is null ? query : query.Where(a => a.Status == status);
        query = from is null ? query : query.Where(a => a.RaisedAt >= from.Value.ToUniversalTime());
        query = to is null ? query : query.Where(a => a.RaisedAt < to.Value.ToUniversalTime());
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<AlertView>([.. items.Select(a => AlertProjection.ToView(a, personalData))], page, pageSize, total));
    }

    private static async Task<Results<Ok<AlertDetailView>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, PersonalDataProtector personalData, CancellationToken cancellationToken)
    {
        var alert = await Visible(db, user).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return TypedResults.NotFound();
        }

        var deliveries = await db.DeliveryAttempts.AsNoTracking().Where(d => d.AlertId == id).OrderBy(d => d.At).ToListAsync(cancellationToken);
        var steps = await db.EscalationSteps.AsNoTracking().Where(s => s.AlertId == id).OrderBy(s => s.At).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AlertDetailView
        {
            Id = alert.Id,
            OrganizationId = alert.OrganizationId,
            Type = alert.Type.ToString(),
            Priority = alert.Priority.ToString(),
            Status = alert.Status.ToString(),
            Title = personalData.Unprotect(alert.Title, alert.Id, nameof(Alert.Title)),
            Body = personalData.Unprotect(alert.Body, alert.Id, nameof(Alert.Body)),
            Source = alert.Source,
            CorrelationId = alert.CorrelationId,
            Country = alert.Country,
            Deadline = alert.Deadline,
            RaisedAt = alert.RaisedAt,
            RoutedTo = alert.RoutedTo,
            Deliveries = [.. deliveries.Select(d => new DeliveryAttemptView(d.Channel.ToString(), d.RecipientId, d.At, d.Outcome.ToString(), d.ProviderMessageId, d.Error, d.Level))],
            Escalation = [.. steps.Select(s => new EscalationStepView(s.Level, s.Round, s.At, s.Recipients))],
            Acknowledgement = alert.AcknowledgedAt is { } at
                ? new AcknowledgementView(at, alert.AcknowledgedBy!, personalData.UnprotectOptional(alert.AcknowledgeNote, alert.Id, nameof(Alert.AcknowledgeNote)))
                : null,
        });
    }

    // The caller's organisation only; a platform caller sees all.
    private static IQueryable<Alert> Visible(NotificationsDbContext db, ClaimsPrincipal user)
    {
        var organization = OrganizationScope.ReadFilter(user);
        return organization is null ? db.Alerts.AsNoTracking() : db.Alerts.AsNoTracking().Where(a => a.OrganizationId == organization);
    }
}
