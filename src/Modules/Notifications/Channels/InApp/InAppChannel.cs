using Microsoft.AspNetCore.SignalR;

namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>
/// Pushes the alert to the recipient's own connections and to their organisation's group. SignalR does not confirm
/// receipt: "sent" means handed to every connection in those groups; the delivery id is the evidence reference.
/// </summary>
internal sealed class InAppChannel(IHubContext<NotificationsHub> hub) : INotificationChannel
{
    public ChannelKind Kind => ChannelKind.InApp;

    /// <summary>Always: without a user id the organisation's group still sees it.</summary>
    public bool CanReach(ChannelRecipient recipient) => true;

    public async Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        List<string> groups = [];
        if (!string.IsNullOrWhiteSpace(message.Recipient.UserId))
        {
            groups.Add(InAppGroups.User(message.Recipient.UserId));
        }

        if (message.OrganizationId is { } organization)
        {
            groups.Add(InAppGroups.Organization(organization));
        }

        if (groups.Count == 0)
        {
            return ChannelResult.Refused("Neither a user nor an organisation to show the alert to.");
        }

        var alert = new InAppAlert(
            message.AlertId, message.AlertType, message.Priority, message.Title, message.Deadline, message.AcknowledgeUrl, message.Recipient.Id);
        await hub.Clients.Groups(groups).SendAsync(NotificationsHub.AlertMethod, alert, cancellationToken);
        return ChannelResult.Sent(message.DeliveryId.ToString());
    }
}
