namespace ComplianceHub.Notifications.Tests;

/// <summary>Channel messages for channel tests.</summary>
internal static class ChannelMessages
{
    public static ChannelMessage For(
        ChannelRecipient recipient, Guid? organizationId = null, string title = "Breach reported", string? acknowledgeUrl = "https://hub.example/ack/t0k3n")
    {
        var deliveryId = Guid.NewGuid();
        return new ChannelMessage
        {
            AlertId = Guid.NewGuid(),
            DeliveryId = deliveryId,
            OrganizationId = organizationId,
            AlertType = "DataBreach",
            Priority = "Critical",
            Title = title,
            Text = title,
            Html = $"<p>{title}</p>",
            Deadline = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero),
            Recipient = recipient,
            AcknowledgeUrl = acknowledgeUrl,
            IdempotencyKey = $"delivery-{deliveryId}",
        };
    }
}
