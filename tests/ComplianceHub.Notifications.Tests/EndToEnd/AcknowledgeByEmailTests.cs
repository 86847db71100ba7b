namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>Issue 7: a real SMTP server on loopback receives the email with its link; following it acknowledges and stops escalation.</summary>
public sealed class AcknowledgeByEmailTests
{
    [Fact]
    public async Task A_critical_alert_email_carries_a_link_that_acknowledges_it_and_stops_the_escalation_to_the_deputy()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.EndToEnd(MondayMorning, EndToEndSettings.Smtp(smtp)));
        var organization = await host.CreateOrganizationAsync("Acme GmbH");
        using var dpoClient = host.ClientWith((await host.CreateKeyAsync(organization, "Dpo")).Key);
        var deputy = await host.DpoAsync(dpoClient, "Dieter Deputy", "dieter.deputy@acme.example", []);
        var regional = await host.DpoAsync(dpoClient, "Rita Regional", "rita.regional@acme.example", ["DE"], deputyId: deputy);

        var alert = await host.RaiseAsync(dpoClient, "Critical", "DE");

        var email = await smtp.WaitForMessageAsync(m => IsFor(m, alert, "rita.regional@acme.example"), TimeSpan.FromSeconds(20));
        var link = AcknowledgeLinks.In(email.TextBody!);
        Assert.Contains(link.AbsoluteUri, email.HtmlBody!, StringComparison.Ordinal);
        Assert.Equal(host.BaseAddress.GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
        await host.WaitUntilAsync(async () => await host.PendingTimersAsync("EscalateAlert") == 1);
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 1);
        var evidence = Assert.Single(await host.AttemptsAsync(alert, "Email"));
        Assert.Equal("Delivered", evidence.GetProperty("outcome").GetString());
        Assert.Equal(email.MessageId, evidence.GetProperty("providerMessageId").GetString());

        using var browser = host.ClientWith(apiKey: null);
        var (page, confirmation) = await AcknowledgeLinks.FollowAsync(browser, link);
        using (page)
        using (confirmation)
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        }

        var acknowledged = await host.AlertAsync(alert);
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());
        Assert.Equal($"dpo:{regional}", acknowledged.GetProperty("acknowledgement").GetProperty("by").GetString());
        Assert.Equal(0, await host.PendingTimersAsync("EscalateAlert"));

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(smtp.Messages, m => IsFor(m, alert, "dieter.deputy@acme.example"));
        Assert.Single(smtp.Messages, m => IsFor(m, alert, to: null));
        Assert.Equal(0, await host.PendingTimersAsync("EscalateAlert"));
        Assert.Equal([0], (await host.AlertAsync(alert)).GetProperty("escalation").EnumerateArray().Select(s => s.GetProperty("level").GetInt32()));
    }

    private static bool IsFor(MimeMessage message, Guid alert, string? to) =>
        message.Headers["X-ComplianceHub-Alert"] == alert.ToString()
        && (to is null || message.To.Mailboxes.Any(m => m.Address == to));
}
