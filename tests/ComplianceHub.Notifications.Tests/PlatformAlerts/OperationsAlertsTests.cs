using ComplianceHub.Shared.DeadLetters;

namespace ComplianceHub.Notifications.Tests.PlatformAlerts;

/// <summary>
/// Issue 7: the backbone's own events (dead-letter threshold, a quarantined message) and the breach workflow's duties
/// reach <c>GET /api/v1/alerts</c> through the module's real consumers, for the platform or the right organisation.
/// </summary>
public sealed class OperationsAlertsTests : IAsyncLifetime
{
    private ModuleTestHost _host = null!;
    private Guid _organization;
    private HttpClient _dpo = null!;
    private HttpClient _otherDpo = null!;

    public async Task InitializeAsync()
    {
        _host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning, "Messaging:DeadLetters:AlertThreshold=2"));
        _organization = await _host.OrganizationAsync();
        _dpo = await _host.CallerAsync(_organization, Roles.Dpo);
        _otherDpo = await _host.CallerAsync(await _host.OrganizationAsync(), Roles.Dpo);
    }

    public async Task DisposeAsync()
    {
        _dpo.Dispose();
        _otherDpo.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task When_the_dead_letter_store_reaches_its_threshold_the_platform_gets_one_operations_alert()
    {
        await _host.WithDeadLettersAsync(async db =>
        {
            db.DeadLetters.AddRange(Enumerable.Range(0, 2).Select(_ => new DeadLetter
            {
                Id = NewId.NextGuid(),
                MessageType = "urn:message:ComplianceHub.Notifications.Contracts:AlertRaised",
                SourceQueue = "alert-raised-webhook",
                Reason = "Retries exhausted after 6 attempts: System.TimeoutException",
                ExceptionType = "System.TimeoutException",
                FailureCount = 1,
                FirstFailedAt = MondayMorning,
                LastFailedAt = MondayMorning,
                Attempts = "[]",
                Payload = [1],
            }));
            return await db.SaveChangesAsync();
        });

        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DeadLetterAlerts>().CheckAsync(_host.Clock.GetUtcNow(), CancellationToken.None);
        }

        var alert = await PlatformAlertAsync("Dead-letter store above its threshold");
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.StartsWith("dead-letters/threshold/", alert.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("2 messages failed for good", alert.GetProperty("body").GetString(), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await _host.ListAlertsAsync("?type=Operations"));
    }

    /// <summary>
    /// The signature check itself runs on RabbitMQ only (the in-memory bus carries no signatures): the integration test
    /// MessageSignatureOnRealServersTests proves a tampered message publishes <see cref="MessageQuarantined"/>; here the
    /// event, as the dead-letter writer publishes it, goes through the module's real consumer.
    /// </summary>
    [Theory]
    [InlineData("Invalid", "Message with a bad signature quarantined")]
    [InlineData("Residency", "Message refused outside the EEA")]
    public async Task When_a_message_is_quarantined_the_platform_gets_a_security_alert(string check, string title)
    {
        var deadLetter = NewId.NextGuid();

        await _host.App.Services.GetRequiredService<IBus>().Publish(new MessageQuarantined
        {
            DeadLetterId = deadLetter, MessageId = NewId.NextGuid(), Queue = "breach-reported", Check = check, KeyId = "k1", At = MondayMorning,
        });

        var alert = await PlatformAlertAsync(title);
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Equal($"quarantine/{deadLetter}", alert.GetProperty("source").GetString());
        Assert.Contains($"failed the {check} check", alert.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains(deadLetter.ToString(), alert.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> BreachDuties => ["AuthorityNotificationDue", "DataSubjectCommunicationRequired", "ControllerNotificationDue"];

    [Theory]
    [MemberData(nameof(BreachDuties))]
    public async Task A_breach_workflow_duty_becomes_a_high_alert_of_its_organisation_only(string duty)
    {
        var breach = NewId.NextGuid();
        var bus = _host.App.Services.GetRequiredService<IBus>();
        var (title, source) = duty switch
        {
            "AuthorityNotificationDue" => ("Supervisory authority not yet notified", $"breaches/{breach}/reminder-1"),
            "DataSubjectCommunicationRequired" => ("High-risk breach: tell the people affected", $"breaches/{breach}/subject-communication"),
            _ => ("Controller not yet told of the breach", $"breaches/{breach}/controller-notification"),
        };

        await (duty switch
        {
            "AuthorityNotificationDue" => bus.Publish(new AuthorityNotificationDue
            {
                BreachId = breach,
                OrganizationId = _organization,
                AuthorityDeadline = MondayMorning.AddHours(48),
                Remaining = TimeSpan.FromHours(48),
                Reminder = 1,
                OutstandingAuthorities = ["DE"],
            }),
            "DataSubjectCommunicationRequired" => bus.Publish(new DataSubjectCommunicationRequired
            {
                BreachId = breach, OrganizationId = _organization, ApproxSubjectsAffected = 1200, AffectedCountries = ["DE", "FR"],
            }),
            _ => bus.Publish(new ControllerNotificationDue { BreachId = breach, OrganizationId = _organization, AwareAt = MondayMorning.AddHours(-3) }),
        });

        List<JsonElement> seen = [];
        await _host.WaitUntilAsync(async () => (seen = await _host.ListAlertsAsync($"?source={Uri.EscapeDataString(source)}", _dpo)).Count > 0);
        var alert = Assert.Single(seen);
        Assert.Equal(title, alert.GetProperty("title").GetString());
        Assert.Equal("DataBreach", alert.GetProperty("type").GetString());
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Contains(breach.ToString(), alert.GetProperty("body").GetString(), StringComparison.Ordinal);
        var detail = await _host.AlertAsync(alert.GetProperty("id").GetGuid());
        Assert.Equal(_organization, detail.GetProperty("organizationId").GetGuid());
        Assert.Empty(await _host.ListAlertsAsync($"?source={Uri.EscapeDataString(source)}", _otherDpo));
    }

    /// <summary>The one Operations alert with this title, as the platform Admin sees it; no organisation sees it.</summary>
    private async Task<JsonElement> PlatformAlertAsync(string title)
    {
        List<JsonElement> seen = [];
        await _host.WaitUntilAsync(async () => (seen = await _host.ListAlertsAsync("?type=Operations")).Any(a => a.GetProperty("title").GetString() == title));
        var alert = Assert.Single(seen, a => a.GetProperty("title").GetString() == title);
        Assert.Equal("Operations", alert.GetProperty("type").GetString());
        var detail = await _host.AlertAsync(alert.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, detail.TryGetProperty("organizationId", out var organization) ? organization.ValueKind : JsonValueKind.Null);
        Assert.Empty(await _host.ListAlertsAsync("?type=Operations", _dpo));
        return alert;
    }
}
