using System.Security.Claims;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Domain;
using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

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

    private static async Task<Results<Ok<AlertPage>, ValidationProblem>> ListAsync(
        NotificationsDbContext db,
        ClaimsPrincipal user,
        CancellationToken cancellationToken,
        string? source = null,
        AlertType? type = null,
        AlertPriority? priority = null,
        AlertStatus? status = null,
        int page = 1,
        int pageSize = 50)
    {
        var errors = new ValidationErrors()
            .When(page < 1, "page", "Must be 1 or more.")
            .When(pageSize is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.")
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
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(AlertProjection.ToView)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AlertPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<AlertView>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var alert = await Visible(db, user).Where(a => a.Id == id).Select(AlertProjection.ToView)
            .SingleOrDefaultAsync(cancellationToken);
        return alert is null ? TypedResults.NotFound() : TypedResults.Ok(alert);
    }

    // The caller's organisation only; a platform caller sees all.
    private static IQueryable<Alert> Visible(NotificationsDbContext db, ClaimsPrincipal user)
    {
        var organization = OrganizationScope.ReadFilter(user);
        return organization is null ? db.Alerts.AsNoTracking() : db.Alerts.AsNoTracking().Where(a => a.OrganizationId == organization);
    }
}
