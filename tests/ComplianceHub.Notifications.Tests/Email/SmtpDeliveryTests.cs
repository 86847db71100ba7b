namespace ComplianceHub.Notifications.Tests.Email;

public sealed class SmtpDeliveryTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_alert_arrives_at_a_real_smtp_server_with_text_and_html_alternatives()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));
        var message = AlertEmails.For();

        var result = await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.True(result.Delivered);
        var received = await server.WaitForMessageAsync(m => m.Headers[EmailComposer.AlertHeader] == message.AlertId.ToString(), Wait);
        Assert.Equal("[Critical] Breach reported: payroll export", received.Subject);
        Assert.Equal(AlertEmails.Address, Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("multipart/alternative", received.Body!.ContentType.MimeType);
        Assert.Equal(message.Text, received.TextBody!.TrimEnd());
        Assert.Equal(message.Html, received.HtmlBody!.TrimEnd());
        Assert.Contains(message.AcknowledgeUrl!, received.TextBody!, StringComparison.Ordinal);
        Assert.Equal(new MailboxAddress("ComplianceHub", "alerts@compliancehub.example"), received.From.Mailboxes.Single());
    }

    [Fact]
    public async Task The_received_message_id_is_the_provider_message_id_known_from_the_delivery_id()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));
        var message = AlertEmails.For();

        var result = await host.Channel.SendAsync(message, CancellationToken.None);

        var received = await server.WaitForMessageAsync(_ => true, Wait);
        Assert.Equal(result.ProviderMessageId, received.MessageId);
        Assert.Equal($"{message.DeliveryId:N}@compliancehub.example", received.MessageId);
    }

    [Fact]
    public async Task When_the_relay_requires_a_login_Should_send_with_the_configured_credentials()
    {
        await using var server = await SmtpTestServer.StartAsync("relay-user", "s3cret-pass");
        var settings = SmtpSettings.For(server);
        settings["Username"] = "relay-user";
        settings["Password"] = "s3cret-pass";
        using var host = EmailChannelHost.Create(settings);
        var message = AlertEmails.For();

        var result = await host.Channel.SendAsync(message, CancellationToken.None);

        Assert.True(result.Delivered);
        await server.WaitForMessageAsync(m => m.MessageId == result.ProviderMessageId, Wait);
    }

    [Fact]
    public async Task When_the_password_is_wrong_Should_throw_a_transient_failure_and_deliver_nothing()
    {
        await using var server = await SmtpTestServer.StartAsync("relay-user", "s3cret-pass");
        var settings = SmtpSettings.For(server);
        settings["Username"] = "relay-user";
        settings["Password"] = "wrong-pass";
        using var host = EmailChannelHost.Create(settings);

        var failure = await Assert.ThrowsAsync<SmtpUnavailableException>(() => host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None));

        Assert.IsAssignableFrom<IOException>(failure);
        Assert.DoesNotContain("wrong-pass", failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task When_the_relay_rejects_the_recipient_with_550_Should_return_refused_without_throwing()
    {
        await using var server = await SmtpTestServer.StartAsync();
        server.RejectRecipients = true;
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));

        var result = await host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.StartsWith("SMTP 550", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(AlertEmails.Address, result.Error, StringComparison.Ordinal);
        Assert.Equal(CircuitState.Closed, host.Breaker.State);
        Assert.Equal(1, host.Breaker.Snapshot().CallsInWindow);
        Assert.Equal(0, host.Breaker.Snapshot().FailuresInWindow);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("dana@")]
    public async Task An_unusable_address_is_refused_without_contacting_the_relay(string address)
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server));

        var result = await host.Channel.SendAsync(AlertEmails.For(address), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.DoesNotContain(address, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, host.Breaker.Snapshot().CallsInWindow);
    }
}
