using Microsoft.Extensions.Options;

namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// <c>POST /security-events</c> and <c>/security-events/batch</c>: stored at once, evaluated asynchronously (202).
/// Idempotent by (source, externalId) whatever the <c>Idempotency-Key</c>.
/// </summary>
internal static class SubmitSecurityEventsEndpoints
{
    private static readonly string[] Submitters = [Roles.Admin, Roles.SecurityOfficer, Roles.Integration];

    public static void MapSubmitSecurityEvents(this IEndpointRouteBuilder api)
    {
        api.MapPost("/security-events", SubmitOneAsync)
            .WithIdempotency<SecurityDbContext>()
            .WithName("SubmitSecurityEvent")
            .WithTags("Security")
            .WithSummary("Submit one Art. 32 security event; the rules evaluate it asynchronously.")
            .WithExample(SecurityEventExamples.AccessDenied, new EventAccepted(SecurityEventExamples.EventId, false), StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Submitters));
        api.MapPost("/security-events/batch", SubmitBatchAsync)
            .WithIdempotency<SecurityDbContext>()
            .WithName("SubmitSecurityEventBatch")
            .WithTags("Security")
            .WithSummary("Submit up to 1,000 security events at once; all or none are accepted.")
            .WithExample(SecurityEventExamples.Batch, new EventsAccepted([SecurityEventExamples.EventId], 1, 0), StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Submitters));
    }

    private static async Task<Results<Accepted<EventAccepted>, ValidationProblem, ProblemHttpResult>> SubmitOneAsync(
        SecurityEventRequest request, ClaimsPrincipal user, OrganizationScope organizations, SecurityEventIntake intake,
        SecurityDbContext db, IOptions<SecurityMonitoringOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var valid = SecurityEventValidator.Validate(request, "", errors, clock.GetUtcNow(), options.Value.MaxClockSkew);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null || valid is null)
        {
            return errors.ToProblem();
        }

        var stored = await SaveAsync(db, () => intake.StoreAsync(organization.Value, [valid], cancellationToken), cancellationToken);
        return stored is null
            ? Concurrent()
            : TypedResults.Accepted(Location(valid.Request.Source!), new EventAccepted(stored.Ids[0], stored.Duplicates == 1));
    }

    private static async Task<Results<Accepted<EventsAccepted>, ValidationProblem, ProblemHttpResult>> SubmitBatchAsync(
        SecurityEventBatchRequest request, ClaimsPrincipal user, OrganizationScope organizations, SecurityEventIntake intake,
        SecurityDbContext db, IOptions<SecurityMonitoringOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var items = request.Items;
        errors.When(items is null || items.Count == 0, "items", "Required: 1 to 1000 events.")
            .When(items?.Count > SecurityLimits.MaxBatch, "items", $"At most {SecurityLimits.MaxBatch} events per batch.");
        var valid = new List<ValidEvent>();
        if (errors.IsValid)
        {
            var now = clock.GetUtcNow();
            for (var i = 0; i < items!.Count; i++)
            {
                if (SecurityEventValidator.Validate(items[i], $"items[{i}].", errors, now, options.Value.MaxClockSkew) is { } item)
                {
                    errors.When(item.Request.OrganizationId is not null, $"items[{i}].organizationId", "Set organizationId once, on the batch.");
                    valid.Add(item);
                }
            }
        }

        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var stored = await SaveAsync(db, () => intake.StoreAsync(organization.Value, valid, cancellationToken), cancellationToken);
        return stored is null ? Concurrent() : TypedResults.Accepted(Location(valid[0].Request.Source!), stored);
    }

    /// <summary>
    /// Stores; a concurrent submission of the same events (the unique index) is retried so it answers as a duplicate.
    /// Inside an Idempotency-Key transaction no retry is possible: null, answered 409.
    /// </summary>
    private static async Task<EventsAccepted?> SaveAsync(SecurityDbContext db, Func<Task<EventsAccepted>> store, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var accepted = await store();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return accepted;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (db.Database.CurrentTransaction is not null)
                {
                    return null;
                }
            }
        }
    }

    private static ProblemHttpResult Concurrent() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Submitted concurrently",
            detail: "Some of these events were stored by a concurrent submission; submit again to have them answered as duplicates.");

    private static string Location(string source) => $"/api/v1/security-events?source={Uri.EscapeDataString(source.Trim())}";
}
