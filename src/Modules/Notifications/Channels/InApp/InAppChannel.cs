using Microsoft.AspNetCore.SignalR;

namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>
/// Pushes an organisation's alert to that organisation's group (the recipient among them) and, when the recipient is a
/// platform caller, to their connections; an alert of no organisation to the recipient's connections. SignalR sends to
/// the union of groups without removing repeats, so no connection is in two groups addressed at once, and nobody of
/// another organisation is reached even when named as the recipient (tenancy). SignalR does not confirm receipt:
/// "sent" means handed to the connections of those groups; the delivery id is the evidence reference.
/// </summary>
internal sealed class InAppChannel(IHubContext<NotificationsHub> hub) : INotificationChannel
{
    public ChannelKind Kind => ChannelKind.InApp;

    /// <summary>Always: without a user id the organisation's group still sees it.</summary>
    public bool CanReach(ChannelRecipient recipient) => true;

    public async Task<ChannelResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        var groups = GroupsFor(message);
        if (groups.Count == 0)
        {
            return ChannelResult.Refused("Neither a user nor an organisation to show the alert to.");
        }

        var alert = new InAppAlert(
            message.AlertId, message.AlertType, message.Priority, message.Title, message.Deadline, message.Recipient.Id);
        await hub.Clients.Groups(groups).SendAsync(NotificationsHub.AlertMethod, alert, cancellationToken);
        return ChannelResult.Sent(message.DeliveryId.ToString());
    }

    private static List<string> GroupsFor(ChannelMessage message)
    {
        var user = string.IsNullOrWhiteSpace(message.Recipient.UserId) ? null : message.Recipient.UserId;
        if (message.OrganizationId is not { } organization)
        {
            return user is null ? [] : [InAppGroups.User(user)];
        }

        return user is null ? [InAppGroups.Organization(organization)] : [InAppGroups.Organization(organization), InAppGroups.PlatformUser(user)];
    }
}
