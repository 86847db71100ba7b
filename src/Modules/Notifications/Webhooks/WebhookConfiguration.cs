using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceHub.Notifications.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTableWithAssignedKey("webhook_subscriptions", s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(WebhookUrl.MaxLength);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.Secret).HasMaxLength(500);
        builder.Property(s => s.DisabledReason).HasMaxLength(500);
        builder.PrimitiveCollection(s => s.EventTypes);
        // Two deliveries settling at once on different hosts: the later write conflicts and is retried on fresh
        // state, so failures are counted once each and an endpoint is disabled (and its owner told) only once.
        builder.Property(s => s.ConsecutiveFailures).IsConcurrencyToken();
        builder.Property(s => s.Enabled).IsConcurrencyToken();
        builder.HasIndex(s => s.OrganizationId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTableWithAssignedKey("webhook_deliveries", d => d.Id);
        builder.Property(d => d.EventType).HasMaxLength(50);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.History).HasJsonConversion();
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.AlertId });
    }
}
