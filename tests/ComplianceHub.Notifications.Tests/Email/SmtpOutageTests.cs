namespace ComplianceHub.Notifications.Tests.Email;

public sealed class SmtpOutageTests
{
    [Fact]
    public async Task When_the_relay_is_down_Should_throw_and_after_repeated_failures_open_the_smtp_breaker()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));
        await server.StopAsync();

        for (var i = 0; i < EmailChannelHost.BreakerSettings.FailureThreshold; i++)
        {
            await Assert.ThrowsAsync<SmtpUnavailableException>(() => host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None));
        }

        Assert.Equal(CircuitState.Open, host.Breaker.State);
        var rejected = await Assert.ThrowsAsync<CircuitOpenException>(() => host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None));
        Assert.Equal("smtp", rejected.Breaker);
    }

    [Fact]
    public async Task When_the_relay_is_back_Should_send_the_pending_email_exactly_once()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));
        var pending = AlertEmails.For();
        await server.StopAsync();
        while (host.Breaker.State != CircuitState.Open)
        {
            await Assert.ThrowsAsync<SmtpUnavailableException>(() => host.Channel.SendAsync(pending, CancellationToken.None));
        }

        await server.StartAsync();
        await Assert.ThrowsAsync<CircuitOpenException>(() => host.Channel.SendAsync(pending, CancellationToken.None));
        host.Clock.Advance(EmailChannelHost.BreakerSettings.RecoveryTimeout);
        var result = await host.Channel.SendAsync(pending, CancellationToken.None);

        Assert.True(result.Delivered);
        await server.WaitForMessageAsync(m => m.MessageId == result.ProviderMessageId, TimeSpan.FromSeconds(10));
        Assert.Single(server.Messages);
        Assert.Equal(CircuitState.Closed, host.Breaker.State);
    }
}
