using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace ComplianceHub.Notifications.Channels.InApp;

/// <summary>
/// Browsers cannot set headers on a WebSocket, so on the hub's path alone a bearer token may come as the
/// <c>access_token</c> query value. API keys never do: they are long-lived and URLs end up in logs (Art. 32).
/// </summary>
internal static class HubTokenAuthentication
{
    /// <summary>The host's policy scheme (src/Shared/Identity/IdentityRegistration) that picks key or token.</summary>
    public const string SelectScheme = "ApiKeyOrBearer";

    public const string QueryName = "access_token";

    public static void ForwardQueryTokens(PolicySchemeOptions options)
    {
        var inner = options.ForwardDefaultSelector;
        options.ForwardDefaultSelector = context =>
            QueryToken(context.Request) is not null ? JwtBearerDefaults.AuthenticationScheme : inner?.Invoke(context);
    }

    public static void ReadQueryTokens(JwtBearerOptions options)
    {
        options.Events ??= new JwtBearerEvents();
        var inner = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await inner(context);
            if (string.IsNullOrEmpty(context.Token) && QueryToken(context.Request) is { } token)
            {
                context.Token = token;
            }
        };
    }

    /// <summary>The query token of a hub request that carries no other credential; null anywhere else.</summary>
    private static string? QueryToken(HttpRequest request) =>
        request.Path.StartsWithSegments(NotificationsHub.Path, StringComparison.OrdinalIgnoreCase)
        && request.Headers.Authorization.Count == 0
        && !request.Headers.ContainsKey("X-Api-Key")
        && request.Query[QueryName] is [{ Length: > 0 } token]
            ? token
            : null;
}
