namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>
/// Webhook bodies carry ids and classifications only, which is why a webhook endpoint outside the EEA needs no Chapter V
/// safeguard (ADR 0017). If anyone adds alert text or contact data to what a webhook carries, these fail.
/// </summary>
public sealed class WebhookPayloadPrivacyTests
{
    [Fact]
    public void Should_carry_no_alert_text_and_no_contact_data_in_an_alert_webhook()
    {
        var alert = new AlertRaised
        {
            AlertId = Guid.NewGuid(),
            OrganizationId = Guid.NewGuid(),
            Type = "DataBreach",
            Priority = "Critical",
            Country = "DE",
            Deadline = DateTimeOffset.UnixEpoch.AddDays(3),
            RaisedAt = DateTimeOffset.UnixEpoch,
        };

        var data = JsonDocument.Parse(WebhookPayloads.AlertRaised(alert, DateTimeOffset.UnixEpoch)).RootElement.GetProperty("data");

        Assert.Equal(["alertId", "country", "deadline", "priority", "raisedAt", "type"], data.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_keep_the_alert_event_webhooks_are_made_from_free_of_text_and_contact_fields()
    {
        // The webhook consumer sees only this event: without text or contact fields here, no payload can leak them.
        Assert.Equal(
            ["AlertId", "Country", "Deadline", "OrganizationId", "Priority", "RaisedAt", "Type"],
            typeof(AlertRaised).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
