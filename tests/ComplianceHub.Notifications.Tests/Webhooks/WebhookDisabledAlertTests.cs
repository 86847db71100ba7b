namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>Issue 7: an endpoint that keeps failing is disabled and its owner alerted, through the module's real consumer.</summary>
public sealed class WebhookDisabledAlertTests
{
    [Fact]
    public async Task When_an_endpoint_is_disabled_its_organisation_gets_an_operations_alert_and_no_other_organisation_does()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Webhooks("Modules:Notifications:Webhooks:DisableAfterFailedDeliveries=1"));
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 410;
        var organization = await host.CreateOrganizationAsync("Acme Health");
        using var dpo = await host.CallerAsync(organization, Roles.Dpo);
        using var other = await host.CallerAsync(await host.CreateOrganizationAsync("Globex Clinics"), Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, receiver.Url, "AccessControl");

        await host.App.Services.GetRequiredService<IBus>().Publish(new AlertRaised
        {
            AlertId = NewId.NextGuid(), OrganizationId = organization, Type = "AccessControl", Priority = "High", RaisedAt = DateTimeOffset.UtcNow,
        });

        List<JsonElement> alerts = [];
        await host.WaitUntilAsync(async () => (alerts = await OperationsAlertsAsync(dpo)).Count > 0);
        var alert = Assert.Single(alerts);
        Assert.Equal("Webhook endpoint disabled", alert.GetProperty("title").GetString());
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Contains(subscription.ToString(), alert.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("/hooks/alerts", alert.GetProperty("body").GetString(), StringComparison.Ordinal); // the host only, never the path
        Assert.StartsWith($"webhooks/{subscription}/disabled/", alert.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.False((await WebhookApi.SubscriptionAsync(dpo, subscription)).GetProperty("enabled").GetBoolean());
        Assert.Empty(await OperationsAlertsAsync(other));
    }

    private static async Task<List<JsonElement>> OperationsAlertsAsync(HttpClient caller) =>
        [.. (await caller.GetFromJsonAsync<JsonElement>("/api/v1/alerts?type=Operations")).GetProperty("items").EnumerateArray()];
}
