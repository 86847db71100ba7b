using System.Net;
using System.Text;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>
/// The acknowledgement link of emails and SMS, usable without signing in. Opening it (GET) shows the alert and a
/// button; only pressing it (POST) acknowledges. Mail scanners and link previews open links on their own: if a GET
/// acknowledged, a scanner would silently stop the escalation of a breach alert nobody read.
/// </summary>
internal static class AcknowledgeLinkEndpoints
{
    public static void MapAcknowledgeLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ack/{token}", ShowAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/ack/{token}", AcknowledgeAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
    }

    private static async Task<ContentHttpResult> ShowAsync(string token, AcknowledgeLinks links, NotificationsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var (link, alert) = await ReadAsync(token, links, db, cancellationToken);
        if (link.State != AcknowledgeLinkState.Valid || alert is null)
        {
            return Refusal(http, link, alert);
        }

        if (alert.Status != AlertStatus.Open)
        {
            return Page(http, StatusCodes.Status200OK, "Already acknowledged",
                $"<p>This alert was acknowledged at {Encode($"{alert.AcknowledgedAt:yyyy-MM-dd HH:mm} UTC")}. Its escalation has stopped; this link is spent.</p>");
        }

        return Page(http, StatusCodes.Status200OK, "Acknowledge this alert",
            $"""
            <p>{Encode(alert.Priority.ToString())} alert ({Encode(alert.Type.ToString())}), raised {Encode($"{alert.RaisedAt:yyyy-MM-dd HH:mm} UTC")}.</p>
            <form method="post" action="/ack/{Encode(token)}"><button type="submit">Acknowledge: I am handling it</button></form>
            <p>Acknowledging stops the escalation to your deputy and the group DPO.</p>
            """);
    }

    private static async Task<ContentHttpResult> AcknowledgeAsync(
        string token, AcknowledgeLinks links, NotificationsDbContext db, AlertAcknowledgements acknowledgements, HttpContext http, CancellationToken cancellationToken)
    {
        var (link, alert) = await ReadAsync(token, links, db, cancellationToken);
        if (link.State != AcknowledgeLinkState.Valid || alert is null)
        {
            return Refusal(http, link, alert);
        }

        if (!await acknowledgements.AcknowledgeAsync(alert, $"dpo:{link.DpoId}", note: null, cancellationToken))
        {
            return Page(http, StatusCodes.Status409Conflict, "Already acknowledged", "<p>Somebody acknowledged this alert before you; its escalation has stopped.</p>");
        }

        return Page(http, StatusCodes.Status200OK, "Acknowledged", "<p>Thank you. The alert is acknowledged and its escalation has stopped.</p>");
    }

    private static async Task<(AcknowledgeLinkResult Link, Alert? Alert)> ReadAsync(
        string token, AcknowledgeLinks links, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var link = links.Read(token);
        var alert = link.State == AcknowledgeLinkState.Invalid ? null : await db.Alerts.SingleOrDefaultAsync(a => a.Id == link.AlertId, cancellationToken);
        return (link, alert);
    }

    private static ContentHttpResult Refusal(HttpContext http, AcknowledgeLinkResult link, Alert? alert) =>
        link.State == AcknowledgeLinkState.Expired && alert is not null
            ? Page(http, StatusCodes.Status410Gone, "Link expired", "<p>This acknowledgement link has expired. Acknowledge the alert in ComplianceHub instead.</p>")
            : Page(http, StatusCodes.Status404NotFound, "Unknown link", "<p>This acknowledgement link is not valid.</p>");

    private static ContentHttpResult Page(HttpContext http, int status, string title, string body)
    {
        // The token is a credential: keep it out of caches and out of Referer headers.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; form-action 'self'; style-src 'unsafe-inline'";
        return TypedResults.Content(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{Encode(title)} · ComplianceHub</title></head>
            <body style="font-family:sans-serif;max-width:40em;margin:2em auto"><h1>{Encode(title)}</h1>{body}</body></html>
            """,
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
