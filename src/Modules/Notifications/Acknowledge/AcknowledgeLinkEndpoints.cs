using System.Net;
using System.Text;

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
        var (_, alert, refusal) = await ReadAsync(token, links, db, http, cancellationToken);
        if (refusal is not null || alert is null)
        {
            return refusal ?? Unknown(http);
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
        var (link, alert, refusal) = await ReadAsync(token, links, db, http, cancellationToken);
        if (refusal is not null || alert is null)
        {
            return refusal ?? Unknown(http);
        }

        if (!await acknowledgements.AcknowledgeAsync(alert, $"dpo:{link.DpoId}", note: null, cancellationToken))
        {
            // Acknowledged concurrently, through this link or another: spent either way.
            return Gone(http, "Somebody acknowledged this alert a moment ago; its escalation has stopped and this link is spent.");
        }

        return Page(http, StatusCodes.Status200OK, "Acknowledged", "<p>Thank you. The alert is acknowledged and its escalation has stopped.</p>");
    }

    /// <summary>
    /// The link's alert when the link may still acknowledge it, else the page that refuses it. A signed link is dead
    /// (410, nothing changed) once expired, once its DPO is removed from the directory of the alert's organisation, and
    /// once the alert is no longer open. The last makes every link single use: its POST moves the alert out of
    /// <see cref="AlertStatus.Open"/> in the same transaction as the acknowledgement, durably, and no code ever moves an
    /// alert back (the acknowledgement is evidence, Art. 5(2)), so the same link never works again.
    /// </summary>
    private static async Task<(AcknowledgeLinkResult Link, Alert? Alert, ContentHttpResult? Refusal)> ReadAsync(
        string token, AcknowledgeLinks links, NotificationsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var link = links.Read(token);
        if (link.State == AcknowledgeLinkState.Invalid)
        {
            return (link, null, Unknown(http));
        }

        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == link.AlertId, cancellationToken);
        if (alert is null)
        {
            return (link, null, Gone(http, "The alert of this link no longer exists."));
        }

        if (link.State == AcknowledgeLinkState.Expired)
        {
            return (link, alert, Gone(http, "This acknowledgement link has expired."));
        }

        if (alert.Status != AlertStatus.Open)
        {
            return (link, alert, Gone(http, "This alert is already acknowledged or resolved; its escalation has stopped and this link is spent."));
        }

        if (!await db.Dpos.AnyAsync(d => d.Id == link.DpoId && d.OrganizationId == alert.OrganizationId, cancellationToken))
        {
            return (link, alert, Gone(http, "The DPO this link was sent to is no longer in the directory; it no longer acknowledges anything."));
        }

        return (link, alert, null);
    }

    private static ContentHttpResult Unknown(HttpContext http) =>
        Page(http, StatusCodes.Status404NotFound, "Unknown link", "<p>This acknowledgement link is not valid.</p>");

    private static ContentHttpResult Gone(HttpContext http, string reason) =>
        Page(http, StatusCodes.Status410Gone, "Link no longer valid",
            $"<p>{Encode(reason)}</p><p>Nothing was changed. Acknowledge the alert in ComplianceHub instead.</p>");

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
