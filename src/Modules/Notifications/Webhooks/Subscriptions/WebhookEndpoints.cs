using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Resilience;
using MassTransit;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary><c>/webhooks</c>: Admin and Dpo manage their organisation's subscriptions; Auditor reads them and their logs.</summary>
internal static class WebhookEndpoints
{
    public static readonly string[] Managers = [Roles.Admin, Roles.Dpo];
    public static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.Auditor];

    public static void MapWebhookSubscriptions(this IEndpointRouteBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapPost("", CreateAsync).WithIdempotency<NotificationsDbContext>("secret").WithName("CreateWebhook")
            .WithSummary("Subscribe an endpoint to signed alert events; the answer shows its secret, once.")
            .RequireAuthorization(p => p.RequireRole(Managers));
        webhooks.MapGet("", ListAsync).WithName("ListWebhooks").RequireAuthorization(p => p.RequireRole(Readers));
        webhooks.MapGet("/{id:guid}", GetAsync).WithName("GetWebhook").RequireAuthorization(p => p.RequireRole(Readers));
        webhooks.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateWebhook")
            .WithSummary("Change the URL or filter; enabled=true re-enables an endpoint that was disabled.")
            .RequireAuthorization(p => p.RequireRole(Managers));
        webhooks.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhook").RequireAuthorization(p => p.RequireRole(Managers));
        webhooks.MapPost("/{id:guid}/rotate-secret", RotateAsync).WithSecretAnswer().WithName("RotateWebhookSecret")
            .WithSummary("A new secret, shown once; the old one stops signing at once.")
            .RequireAuthorization(p => p.RequireRole(Managers));
    }

    /// <summary>The caller's organisation only; a platform caller sees all. Another organisation's ids are simply not found.</summary>
    public static IQueryable<WebhookSubscription> Visible(NotificationsDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } organization
            ? db.Set<WebhookSubscription>().Where(s => s.OrganizationId == organization)
            : db.Set<WebhookSubscription>();

    private static async Task<Results<Created<WebhookSecretView>, ValidationProblem>> CreateAsync(
        WebhookRequest request, ClaimsPrincipal user, OrganizationScope organizations, NotificationsDbContext db,
        PersonalDataProtector protector, OutboundAddressGuard guard, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (errors, types) = WebhookValidator.Validate(request);
        await guard.CheckReceiverAsync(errors, "url", request.Url, cancellationToken);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (!errors.IsValid || organization is null)
        {
            return errors.ToProblem();
        }

        var id = NewId.NextGuid();
        var secret = WebhookSecret.Generate();
        db.Set<WebhookSubscription>().Add(new WebhookSubscription
        {
            Id = id,
            OrganizationId = organization.Value,
            Url = request.Url!.Trim(),
            EventTypes = types,
            Description = request.Description?.Trim(),
            Secret = protector.Protect(secret, id, nameof(WebhookSubscription.Secret)),
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{id}", new WebhookSecretView(id, secret));
    }

    private static async Task<Ok<List<WebhookView>>> ListAsync(NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subscriptions = await Visible(db, user).AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(subscriptions.Select(WebhookProjection.Of).ToList());
    }

    private static async Task<Results<Ok<WebhookView>, NotFound>> GetAsync(Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } subscription
            ? TypedResults.Ok(WebhookProjection.Of(subscription))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<WebhookView>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, WebhookRequest request, NotificationsDbContext db, ClaimsPrincipal user, OutboundAddressGuard guard, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await Visible(db, user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var (errors, types) = WebhookValidator.Validate(request);
        await guard.CheckReceiverAsync(errors, "url", request.Url, cancellationToken);
        errors.When(request.OrganizationId is not null, "organizationId", "A subscription stays in its organisation.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        subscription.Url = request.Url!.Trim();
        subscription.EventTypes = types;
        subscription.Description = request.Description?.Trim();
        if (request.Enabled == true && !subscription.Enabled)
        {
            subscription.Enabled = true;
            subscription.DisabledAt = null;
            subscription.DisabledReason = null;
            subscription.ConsecutiveFailures = 0;
        }
        else if (request.Enabled == false && subscription.Enabled)
        {
            subscription.Enabled = false;
            subscription.DisabledAt = clock.GetUtcNow();
            subscription.DisabledReason = "paused by a caller";
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WebhookProjection.Of(subscription));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        Guid id, NotificationsDbContext db, CircuitBreakerRegistry breakers, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await Visible(db, user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        // Its log goes with it; a retry still scheduled finds no delivery and does nothing.
        await db.Set<WebhookDelivery>().Where(d => d.SubscriptionId == id).ExecuteDeleteAsync(cancellationToken);
        db.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        // Its breaker goes too (on this host; another host's lapses at its restart, holding nothing but counts).
        breakers.Remove(WebhookSender.BreakerName(id));
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WebhookSecretView>, NotFound>> RotateAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await Visible(db, user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var secret = WebhookSecret.Generate();
        subscription.Secret = protector.Protect(secret, id, nameof(WebhookSubscription.Secret));
        subscription.SecretRotatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new WebhookSecretView(id, secret));
    }
}
