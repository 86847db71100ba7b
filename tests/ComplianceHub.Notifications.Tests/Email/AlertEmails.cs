namespace ComplianceHub.Notifications.Tests.Email;

/// <summary>Channel messages as the delivery composes them: the acknowledgement link already in both bodies.</summary>
internal static class AlertEmails
{
    public const string Address = "dpo.berlin@example.org";

    public static ChannelMessage For(string? address = Address)
    {
        var alertId = Guid.NewGuid();
        var link = $"https://compliancehub.example/api/v1/ack/{Guid.NewGuid():N}";
        return new ChannelMessage
        {
            AlertId = alertId,
            DeliveryId = Guid.NewGuid(),
            AlertType = "DataBreach",
            Priority = "Critical",
            Title = "Breach reported: payroll export",
            Text = $"A breach was reported. Acknowledge: {link}",
            Html = $"<p>A breach was reported.</p><p><a href=\"{link}\">Acknowledge</a></p>",
            AcknowledgeUrl = link,
            Recipient = new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana Weber", Email = address },
            IdempotencyKey = $"{alertId:N}:email",
        };
    }
}
