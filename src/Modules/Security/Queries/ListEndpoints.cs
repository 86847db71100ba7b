namespace ComplianceHub.Security.Queries;

/// <summary><c>GET /security-events</c> and <c>GET /security-alerts</c>: newest first, paged, within the caller's organisation.</summary>
internal static class ListEndpoints
{
    private const int MaxPageSize = 500;
    private static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.Auditor];

    public static void MapSecurityLists(this IEndpointRouteBuilder api)
    {
        api.MapGet("/security-events", EventsAsync)
            .WithName("ListSecurityEvents").WithTags("Security")
            .WithSummary("Security events, newest first; filter by type, source and occurrence time.")
            .RequireAuthorization(p => p.RequireRole(Readers));
        api.MapGet("/security-alerts", AlertsAsync)
            .WithName("ListSecurityAlerts").WithTags("Security")
            .WithSummary("Security alerts the rules raised, newest first; filter by priority and type.")
            .RequireAuthorization(p => p.RequireRole(Readers));
    }

    private static async Task<Results<Ok<Page<SecurityEventView>>, ValidationProblem>> EventsAsync(
        ClaimsPrincipal user, SecurityDbContext db, CancellationToken cancellationToken,
        string? type = null, string? source = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, from, to);
        var parsedType = RequestEnums.Parse<SecurityEventType>(errors, "type", type, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var organization = OrganizationScope.ReadFilter(user);
        var query = db.Events.AsNoTracking().Where(e => organization == null || e.OrganizationId == organization);
        query = parsedType is { } t ? query.Where(e => e.Type == t) : query;
        query = source is not null ? query.Where(e => e.Source == source) : query;
        query = from is { } f ? query.Where(e => e.OccurredAt >= f) : query;
        query = to is { } u ? query.Where(e => e.OccurredAt <= u) : query;
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<SecurityEventView>([.. rows.Select(View)], page, pageSize, total));
    }

    private static async Task<Results<Ok<Page<SecurityAlertView>>, ValidationProblem>> AlertsAsync(
        ClaimsPrincipal user, SecurityDbContext db, CancellationToken cancellationToken,
        string? priority = null, string? type = null, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null);
        var parsedPriority = RequestEnums.Parse<AlertPriority>(errors, "priority", priority, required: false);
        var parsedType = RequestEnums.Parse<SecurityEventType>(errors, "type", type, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var organization = OrganizationScope.ReadFilter(user);
        var query = db.Alerts.AsNoTracking().Where(a => organization == null || a.OrganizationId == organization);
        query = parsedPriority is { } p ? query.Where(a => a.Priority == p) : query;
        query = parsedType is { } t ? query.Where(a => a.Type == t) : query;
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<SecurityAlertView>([.. rows.Select(View)], page, pageSize, total));
    }

    private static SecurityEventView View(SecurityEvent e) => new()
    {
        Id = e.Id, OrganizationId = e.OrganizationId, Type = e.Type.ToString(), Source = e.Source, ExternalId = e.ExternalId,
        OccurredAt = e.OccurredAt, ReceivedAt = e.ReceivedAt, EvaluatedAt = e.EvaluatedAt, Country = e.Country,
        PrincipalPseudonym = e.Principal, Resource = e.Resource, Outcome = e.Outcome?.ToString(), RecordsRead = e.RecordsRead,
        System = e.System, Status = e.EncryptionStatus?.ToString(), KeyAgeDays = e.KeyAgeDays, RestoreSucceeded = e.RestoreSucceeded,
        CvssScore = e.CvssScore, Asset = e.Asset,
    };

    private static SecurityAlertView View(SecurityAlert a) => new()
    {
        Id = a.Id, OrganizationId = a.OrganizationId, Type = a.Type.ToString(), Priority = a.Priority.ToString(), Rule = a.Rule,
        Title = a.Title, Summary = a.Summary, Subject = a.Subject, Country = a.Country, OccurredAt = a.OccurredAt,
        RaisedAt = a.RaisedAt, EventId = a.EventId, PotentialBreach = a.PotentialBreach,
    };
}
