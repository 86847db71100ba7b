namespace ComplianceHub.Notifications.Tests.InApp;

/// <summary>Real SignalR clients against the real host on Kestrel.</summary>
public sealed class InAppChannelTests
{
    [Fact]
    public async Task An_alert_for_an_organisation_reaches_its_clients_and_not_another_organisations_nor_platform_callers()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel());
        var a = await host.CreateOrganizationAsync("A");
        var b = await host.CreateOrganizationAsync("B");
        await using var clientOfA = await host.ConnectAsync((await host.CreateKeyAsync(a, "Dpo")).Key);
        await using var clientOfB = await host.ConnectAsync((await host.CreateKeyAsync(b, "Dpo")).Key);
        await using var platform = await host.ConnectAsync((await host.CreateKeyAsync(null, "Auditor")).Key);
        var dpo = new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", Phone = "+4915112345678" };
        var message = ChannelMessages.For(dpo, organizationId: a, title: "Breach at \"A\"");

        var result = await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.Equal(ChannelResult.Sent(message.DeliveryId.ToString()), result);
        var alert = await clientOfA.NextAlertAsync();
        Assert.Equal(message.AlertId, alert.GetProperty("alertId").GetGuid());
        Assert.Equal("DataBreach", alert.GetProperty("type").GetString());
        Assert.Equal("Critical", alert.GetProperty("priority").GetString());
        Assert.Equal("Breach at \"A\"", alert.GetProperty("title").GetString());
        Assert.Equal(message.Deadline, alert.GetProperty("deadline").GetDateTimeOffset());
        Assert.False(alert.TryGetProperty("acknowledgeUrl", out _), alert.GetRawText());
        Assert.Equal(dpo.Id, alert.GetProperty("recipientId").GetGuid());
        Assert.DoesNotContain(dpo.Phone, alert.GetRawText(), StringComparison.Ordinal);
        await clientOfB.AssertNothingArrivesAsync();
        await platform.AssertNothingArrivesAsync();
    }

    [Fact]
    public async Task An_auditor_connection_receives_the_alert_without_any_acknowledgement_link()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel());
        var a = await host.CreateOrganizationAsync("A");
        await using var auditor = await host.ConnectAsync((await host.CreateKeyAsync(a, "Auditor")).Key);
        await using var analyst = await host.ConnectAsync((await host.CreateKeyAsync(a, "ComplianceAnalyst")).Key);
        var dpo = new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", UserId = "key:dana" };
        var message = ChannelMessages.For(dpo, organizationId: a, acknowledgeUrl: "https://hub.example/ack/c2lnbmVkLWJlYXJlci1saW5r");

        await host.Channel.SendAsync(message, CancellationToken.None);

        foreach (var listener in new[] { auditor, analyst })
        {
            var alert = await listener.NextAlertAsync();
            Assert.Equal(message.AlertId, alert.GetProperty("alertId").GetGuid());
            Assert.DoesNotContain("/ack/", alert.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("c2lnbmVkLWJlYXJlci1saW5r", alert.GetRawText(), StringComparison.Ordinal);
            Assert.False(alert.TryGetProperty("acknowledgeUrl", out _), alert.GetRawText());
        }
    }

    [Fact]
    public async Task A_delivery_to_a_user_reaches_that_users_connections_once_and_never_crosses_organisations()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel());
        var a = await host.CreateOrganizationAsync("A");
        var b = await host.CreateOrganizationAsync("B");
        var (dpoKey, dpoActor) = await host.CreateKeyAsync(a, "Dpo");
        var (auditorKey, auditorActor) = await host.CreateKeyAsync(null, "Auditor");
        var (otherKey, otherActor) = await host.CreateKeyAsync(b, "Dpo");
        await using var dpo = await host.ConnectAsync(dpoKey);
        await using var colleague = await host.ConnectAsync((await host.CreateKeyAsync(a, "SecurityOfficer")).Key);
        await using var groupDpo = await host.ConnectAsync(auditorKey);
        await using var otherOrganisation = await host.ConnectAsync(otherKey);

        // An alert of no organisation reaches the named user only.
        var toGroupDpo = Message(auditorActor, organizationId: null);
        await host.Channel.SendAsync(toGroupDpo, CancellationToken.None);
        Assert.Equal(toGroupDpo.AlertId, (await groupDpo.NextAlertAsync()).GetProperty("alertId").GetGuid());

        // The DPO is the recipient and a member of A: one copy each, to them and to their colleague.
        var toDpo = Message(dpoActor, a);
        await host.Channel.SendAsync(toDpo, CancellationToken.None);
        Assert.Equal(toDpo.AlertId, (await dpo.NextAlertAsync()).GetProperty("alertId").GetGuid());
        Assert.Equal(toDpo.AlertId, (await colleague.NextAlertAsync()).GetProperty("alertId").GetGuid());

        // A platform caller named as recipient of A's alert gets it beside A's members.
        var platformRecipient = Message(auditorActor, a);
        await host.Channel.SendAsync(platformRecipient, CancellationToken.None);
        Assert.Equal(platformRecipient.AlertId, (await groupDpo.NextAlertAsync()).GetProperty("alertId").GetGuid());
        Assert.Equal(platformRecipient.AlertId, (await dpo.NextAlertAsync()).GetProperty("alertId").GetGuid());
        Assert.Equal(platformRecipient.AlertId, (await colleague.NextAlertAsync()).GetProperty("alertId").GetGuid());

        // A caller of B named as recipient of A's alert is not shown A's alert.
        var crossing = Message(otherActor, a);
        await host.Channel.SendAsync(crossing, CancellationToken.None);
        Assert.Equal(crossing.AlertId, (await colleague.NextAlertAsync()).GetProperty("alertId").GetGuid());
        Assert.Equal(crossing.AlertId, (await dpo.NextAlertAsync()).GetProperty("alertId").GetGuid());

        await otherOrganisation.AssertNothingArrivesAsync();
        await dpo.AssertNothingArrivesAsync();
        await colleague.AssertNothingArrivesAsync();
        await groupDpo.AssertNothingArrivesAsync();
    }

    [Fact]
    public async Task Connections_without_a_valid_caller_or_an_allowed_role_are_refused_and_keys_in_the_url_are_ignored()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel());
        var a = await host.CreateOrganizationAsync("A");
        var integrationKey = (await host.CreateKeyAsync(a, "Integration")).Key;
        var dpoKey = (await host.CreateKeyAsync(a, "Dpo")).Key;

        Assert.Equal(HttpStatusCode.Unauthorized, await RefusalAsync(host.ConnectAsync(null)));
        Assert.Equal(HttpStatusCode.Unauthorized, await RefusalAsync(host.ConnectAsync("chk_not-a-key")));
        Assert.Equal(HttpStatusCode.Forbidden, await RefusalAsync(host.ConnectAsync(integrationKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, await RefusalAsync(host.ConnectAsync(null, "?api_key=" + dpoKey)));
        Assert.Equal(HttpStatusCode.Unauthorized, await RefusalAsync(host.ConnectAsync(null, "?access_token=" + dpoKey)));
    }

    [Fact]
    public async Task A_browser_may_bring_its_bearer_token_in_the_query_on_the_hub_only()
    {
        await using var issuer = await OidcIssuer.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel(
            $"Security:Jwt:Authority={issuer.Authority}", "Security:Jwt:Audience=compliancehub", "Security:Jwt:RequireHttpsMetadata=false"));
        var a = await host.CreateOrganizationAsync("A");
        var token = issuer.CreateToken("dpo-7", "compliancehub", ["Dpo"], a);
        await using var browser = await host.ConnectWithQueryTokenAsync(token);

        var message = ChannelMessages.For(new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana" }, organizationId: a);
        await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.Equal(message.AlertId, (await browser.NextAlertAsync()).GetProperty("alertId").GetGuid());
        using var rest = new HttpClient { BaseAddress = host.BaseAddress };
        using var refused = await rest.GetAsync($"/api/v1/organizations/{a}?access_token={token}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var forged = issuer.CreateToken("dpo-7", "someone-else", ["Dpo"], a);
        Assert.NotNull(await Record.ExceptionAsync(() => host.ConnectWithQueryTokenAsync(forged)));
    }

    [Fact]
    public async Task The_hub_starts_with_its_roles_declared_and_stays_out_of_the_api_document()
    {
        // The host's endpoint check refuses to start with an endpoint without roles; the access matrix test reads the
        // OpenAPI document, which must keep listing REST operations only.
        await using var host = await ModuleTestHost.StartAsync(h => h.InAppChannel());
        using var client = host.ClientWith(host.AdminKey);

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/organizations", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/hubs/notifications", document, StringComparison.Ordinal);
    }

    private static ChannelMessage Message(string userId, Guid? organizationId) =>
        ChannelMessages.For(new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", UserId = userId }, organizationId);

    private static async Task<HttpStatusCode?> RefusalAsync(Task<HubListener> connecting)
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connecting);
        return error.StatusCode;
    }
}
