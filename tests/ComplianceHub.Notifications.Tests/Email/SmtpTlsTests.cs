namespace ComplianceHub.Notifications.Tests.Email;

public sealed class SmtpTlsTests : IDisposable
{
    private readonly string _certificates = System.IO.Directory.CreateTempSubdirectory("ch-smtp-tls-").FullName;

    [Fact]
    public Task With_starttls_and_the_private_ca_trusted_Should_deliver() => DeliversWithThePrivateCaTrustedAsync("StartTls", implicitTls: false);

    [Fact]
    public Task With_tls_from_the_first_byte_and_the_private_ca_trusted_Should_deliver() => DeliversWithThePrivateCaTrustedAsync("Tls", implicitTls: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_certificate_from_an_untrusted_ca_Should_fail_before_anything_is_sent(bool trustAnotherCa)
    {
        var serverCa = ThrowawayCa.Create(Path.Combine(_certificates, "server-ca"));
        await using var server = await SmtpTestServer.StartAsync(tls: serverCa);
        var settings = SmtpSettings.For(server, "StartTls");
        if (trustAnotherCa)
        {
            settings["CaCertificatePath"] = ThrowawayCa.Create(Path.Combine(_certificates, "other-ca")).CaCertificatePath;
        }

        using var host = EmailChannelHost.Create(settings);

        await Assert.ThrowsAsync<SmtpUnavailableException>(() => host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None));
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task When_starttls_is_required_and_the_relay_does_not_offer_it_Should_fail_before_anything_is_sent()
    {
        await using var server = await SmtpTestServer.StartAsync();
        using var host = EmailChannelHost.Create(SmtpSettings.For(server, "StartTls"));

        await Assert.ThrowsAsync<SmtpUnavailableException>(() => host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None));
        Assert.Empty(server.Messages);
    }

    private async Task DeliversWithThePrivateCaTrustedAsync(string security, bool implicitTls)
    {
        var ca = ThrowawayCa.Create(Path.Combine(_certificates, "ca"));
        await using var server = await SmtpTestServer.StartAsync(tls: ca, implicitTls: implicitTls);
        var settings = SmtpSettings.For(server, security);
        settings["CaCertificatePath"] = ca.CaCertificatePath;
        using var host = EmailChannelHost.Create(settings);

        var result = await host.Channel.SendAsync(AlertEmails.For(), CancellationToken.None);

        Assert.True(result.Delivered);
        await server.WaitForMessageAsync(m => m.MessageId == result.ProviderMessageId, TimeSpan.FromSeconds(10));
    }

    public void Dispose() => System.IO.Directory.Delete(_certificates, recursive: true);
}
