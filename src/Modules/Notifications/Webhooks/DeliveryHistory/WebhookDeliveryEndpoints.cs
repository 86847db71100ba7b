using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>The delivery log of a subscription, and the test ping.</summary>
internal static class WebhookDeliveryEndpoints
{
    private const int MaxPageSize = 200;

    public static void MapWebhookDeliveries(this IEndpointRouteBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks/{id:guid}").WithTags("Webhooks");
        webhooks.MapGet("/deliveries", ListAsync).WithName("ListWebhookDeliveries")
            .WithSummary("Deliveries, newest first: attempts, receiver status codes and times (never the payload).")
            .RequireAuthorization(p => p.RequireRole(WebhookEndpoints.Readers));
        webhooks.MapGet("/deliveries/{deliveryId:guid}", GetAsync).WithName("GetWebhookDelivery")
            .RequireAuthorization(p => p.RequireRole(WebhookEndpoints.Readers));
        webhooks.MapPost("/ping", PingAsync).WithName("PingWebhook")
            .WithSummary("Send a signed ping event now (one attempt); follow the delivery for the outcome.")
            .RequireAuthorization(p => p.RequireRole(WebhookEndpoints.Managers));
    }

    private static async Task<Results<Ok<Page<WebhookDeliveryView>>, NotFound, ValidationProblem>> ListAsync(
        Guid id, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = PagedQuery.Validate(page, pageSize, MaxPageSize, null, null);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (!await WebhookEndpoints.Visible(db, user).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var query = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.SubscriptionId == id);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<WebhookDeliveryView>([.. items.Select(WebhookProjection.Of)], page, pageSize, total));
    }

    private static async Task<Results<Ok<WebhookDeliveryView>, NotFound>> GetAsync(
        Guid id, Guid deliveryId, NotificationsDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await WebhookEndpoints.Visible(db, user).AnyAsync(s => s.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var delivery = await db.Set<WebhookDelivery>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == id, cancellationToken);
        return delivery is null ? TypedResults.NotFound() : TypedResults.Ok(WebhookProjection.Of(delivery));
    }

    private static async Task<Results<Accepted<PingAccepted>, NotFound>> PingAsync(
        Guid id,
        NotificationsDbContext db,
        IModuleOutbox<NotificationsDbContext> outbox,
        PersonalDataProtector protector,
        ClaimsPrincipal user,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await WebhookEndpoints.Visible(db, user).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var delivery = PendingWebhookDelivery.Create(protector, id, subscription.OrganizationId, WebhookEventTypes.Ping, WebhookPayloads.Ping(id, now), now);
        var deliveryId = delivery.Id;
        db.Set<WebhookDelivery>().Add(delivery);
        await outbox.PublishEndpoint.Publish(new SendWebhook { DeliveryId = deliveryId }, cancellationToken);
        // One transaction: the delivery and its command are stored together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries/{deliveryId}", new PingAccepted(deliveryId));
    }
}
