namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>
/// Issue 16: an acknowledgement link is a credential, so <c>/ack/{token}</c> is never logged with its token, not even
/// with ASP.NET Core's request logs switched on (request starting / finished, routing, the request scope's
/// <c>RequestPath</c> on every event of the request).
/// </summary>
public sealed class AcknowledgeTokenLoggingTests
{
    [Fact]
    public async Task Opening_and_using_a_link_logs_its_path_as_the_route_template_never_the_token()
    {
        var logs = new CapturedLogEvents();
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning, services => services.AddSingleton<ILogEventSink>(logs),
            "Serilog:MinimumLevel:Override:Microsoft.AspNetCore=Debug"));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        var alert = await host.RaiseAsync(organization, "Critical", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.AlertId == alert)));
        var path = new Uri(host.Email.Sent.Single(m => m.AlertId == alert).AcknowledgeUrl!).AbsolutePath;
        var token = path["/ack/".Length..];
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using (var page = await anonymous.GetAsync(path))
        using (var confirmed = await anonymous.PostAsync(path, null))
        using (var again = await anonymous.PostAsync(path + "?retry=1", null))
        using (var forged = await anonymous.GetAsync(path[..^2] + "xy"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }

        // Events of a request carry its path in the request scope (RequestPath); wait for all four requests' events.
        var requests = 0;
        for (var wait = 0; wait < 200 && requests < 4; wait++)
        {
            await Task.Delay(50);
            requests = logs.Events.Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString().StartsWith("\"/ack/", StringComparison.Ordinal))
                .Select(e => e.Properties.TryGetValue("RequestId", out var id) ? id.ToString() : "").Distinct().Count();
        }

        Assert.True(requests == 4, $"{requests} of 4 requests logged");
        var texts = logs.Events.Select(CapturedLogEvents.Text).ToList();
        var ackEvents = texts.Where(t => t.Contains("/ack/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ackEvents);
        Assert.All(ackEvents, t => Assert.Contains("/ack/{token}", t, StringComparison.Ordinal));
        Assert.Contains(logs.Events, e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == "\"/ack/{token}\"");
        Assert.DoesNotContain(texts, t => t.Contains(token[..20], StringComparison.Ordinal));
    }
}
