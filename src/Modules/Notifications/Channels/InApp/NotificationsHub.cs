using Microsoft.AspNetCore.SignalR;

namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>
/// Server-to-client only: a connection joins its caller's group and, when the caller belongs to one, its organisation's
/// group. Platform callers (no organisation) join only their own group, so they never see an organisation's alerts.
/// </summary>
internal sealed class NotificationsHub : Hub
{
    public const string Path = "/hubs/notifications";

    public const string AlertMethod = "alert";

    /// <summary>
    /// Sent to a connection once it has joined its groups. SignalR completes the client's handshake before the hub's
    /// <see cref="OnConnectedAsync"/> runs, so an alert sent in between would miss a client that counts itself connected;
    /// a client that waits for this message (and reads <c>GET /api/v1/alerts</c> after it) misses nothing.
    /// </summary>
    public const string SubscribedMethod = "subscribed";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        await Groups.AddToGroupAsync(Context.ConnectionId, InAppGroups.User(user.ActorId()), Context.ConnectionAborted);
        if (user.OrganizationId() is { } organization)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, InAppGroups.Organization(organization), Context.ConnectionAborted);
        }
        else
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, InAppGroups.PlatformUser(user.ActorId()), Context.ConnectionAborted);
        }

        await base.OnConnectedAsync();
        await Clients.Caller.SendAsync(SubscribedMethod, Context.ConnectionAborted);
    }
}
