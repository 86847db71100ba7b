namespace ComplianceHub.Notifications.Tests.EndToEnd;

/// <summary>Issue 7: SMTP down, a Critical alert fails over to SMS and in-app; nothing is lost; once SMTP is back the email goes out once.</summary>
public sealed class SmtpOutageFailoverTests
{
    /// <summary>Longer than the breaker's recovery: the first retry after the outage finds the breaker half-open.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan BreakerRecovery = TimeSpan.FromSeconds(30);

    /// <param name="smsOnlyByFailover">
    /// false: the default matrix plans every channel for Critical; true: the DPO chose email and in-app for Critical, so
    /// the SMS can only come from the failover.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task While_smtp_is_down_a_critical_alert_reaches_the_dpo_by_sms_and_in_app_and_the_email_follows_exactly_once(bool smsOnlyByFailover)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = await SmsGatewayReceiver.StartAsync();
        await using var host = await ModuleTestHost.StartAsync(h => h.EndToEnd(MondayMorning,
        [
            .. EndToEndSettings.Smtp(smtp),
            .. EndToEndSettings.SmsGateway(gateway),
            $"Modules:Notifications:DeliveryRetryBaseDelay={RetryDelay:c}",
            $"Modules:Notifications:DeliveryRetryMaxDelay={RetryDelay:c}",

            // One failure opens the smtp breaker, so the retry has to pass through its recovery (half-open) as well.
            "Resilience:CircuitBreakers:Breakers:smtp:FailureThreshold=1",
            "Resilience:CircuitBreakers:Breakers:smtp:MinimumThroughput=1",
            $"Resilience:CircuitBreakers:Breakers:smtp:RecoveryTimeout={BreakerRecovery:c}",
            "Resilience:CircuitBreakers:Breakers:smtp:HalfOpenTrialCalls=1",
            "Resilience:CircuitBreakers:Breakers:smtp:SuccessesToClose=1",
        ]));
        var organization = await host.CreateOrganizationAsync("Acme GmbH");
        var (key, actor) = await host.CreateKeyAsync(organization, "Dpo");
        using var dpoClient = host.ClientWith(key);
        var regional = await host.DpoAsync(dpoClient, "Rita Regional", "rita.regional@acme.example", ["DE"], userId: actor,
            channelPreferences: smsOnlyByFailover ? new() { ["Critical"] = ["Email", "InApp"] } : null);
        await using var inApp = await host.ConnectAsync(key);
        await smtp.StopAsync();

        var alert = await host.RaiseAsync(dpoClient, "Critical", "DE");

        var shown = await inApp.NextAlertAsync();
        Assert.Equal(alert, shown.GetProperty("alertId").GetGuid());
        Assert.Equal(regional, shown.GetProperty("recipientId").GetGuid());
        await host.WaitUntilAsync(() => Task.FromResult(!gateway.Received.IsEmpty));
        var sms = JsonDocument.Parse(Assert.Single(gateway.Received).Body).RootElement;
        Assert.Equal("+4915112345678", sms.GetProperty("to").GetString());
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 1);
        Assert.Equal("Failed", Outcome(Assert.Single(await host.AttemptsAsync(alert, "Email"))));
        Assert.Equal("Delivered", Outcome(Assert.Single(await host.AttemptsAsync(alert, "Sms"))));
        Assert.Equal("Delivered", Outcome(Assert.Single(await host.AttemptsAsync(alert, "InApp"))));
        Assert.Empty(smtp.Messages);

        await smtp.StartAsync();
        host.Clock.Advance(RetryDelay + BreakerRecovery);

        var email = await smtp.WaitForMessageAsync(m => m.Headers["X-ComplianceHub-Alert"] == alert.ToString(), TimeSpan.FromSeconds(20));
        Assert.Equal("rita.regional@acme.example", Assert.Single(email.To.Mailboxes).Address);
        await host.WaitUntilAsync(async () => (await host.AttemptsAsync(alert, "Email")).Count == 2);
        host.Clock.Advance(RetryDelay * 3);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(smtp.Messages);
        Assert.Single(gateway.Received);
        await inApp.AssertNothingArrivesAsync();
        var emails = await host.AttemptsAsync(alert, "Email");
        Assert.Equal(["Failed", "Delivered"], emails.Select(Outcome));
        Assert.Equal(email.MessageId, emails[1].GetProperty("providerMessageId").GetString());
        Assert.Equal(0, await host.PendingTimersAsync("SendAlertOnChannel"));
    }

    private static string? Outcome(JsonElement attempt) => attempt.GetProperty("outcome").GetString();
}
