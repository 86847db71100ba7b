using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Notifications.Channels.InApp;

public static class InAppChannelRegistration
{
    /// <summary>The roles that see alerts in the API (<c>GET /api/v1/alerts</c>) see them live too.</summary>
    private static readonly string[] HubRoles = [Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor];

    public static IHostApplicationBuilder AddInAppChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.PostConfigure<PolicySchemeOptions>(HubTokenAuthentication.SelectScheme, HubTokenAuthentication.ForwardQueryTokens);
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, HubTokenAuthentication.ReadQueryTokens);
        builder.Services.AddSingleton<INotificationChannel, InAppChannel>();
        return builder;
    }

    /// <summary>Maps <c>/hubs/notifications</c>; call it on the application itself, not on the <c>/api/v1</c> group.</summary>
    public static IEndpointRouteBuilder MapNotificationsHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Path, o => o.CloseOnAuthenticationExpiration = true)
            .RequireAuthorization(p => p.RequireRole(HubRoles));
        return app;
    }
}
