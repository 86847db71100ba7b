namespace ComplianceHub.Notifications.Tests.Email;

public sealed class EmailOptionsTests
{
    private const string Section = "Modules:Notifications:Email";

    [Theory]
    [InlineData("Host=smtp.example.org;Security=None", "Security")]
    [InlineData("Host=localhost;Username=relay-user", "Username")]
    [InlineData("Host=localhost;Password=only-a-password", "Password")]
    [InlineData("Host=localhost;Port=0", "Port")]
    [InlineData("Host=localhost;Port=70000", "Port")]
    [InlineData("Host=localhost;Port=submission", "Port")]
    [InlineData("Host=localhost;Security=Plain", "Security")]
    [InlineData("Security=StartTls", "Host")]
    [InlineData("Host=localhost;From=not an address", "From")]
    [InlineData("Host=localhost;Timeout=00:00:00", "Timeout")]
    [InlineData("Host=localhost;CaCertificatePath=/nonexistent/ca.pem", "CaCertificatePath")]
    public void Invalid_smtp_settings_stop_the_host_naming_the_key(string settings, string key)
    {
        var email = Parse(settings);
        email["Mode"] = "Smtp";

        var failure = Assert.Throws<InvalidConfigurationException>(() => EmailChannelHost.Build(email, Path.GetTempPath()));

        Assert.Contains(failure.Errors, e => e.Contains($"{Section}:{key}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=localhost;Security=None")]
    [InlineData("Host=127.0.0.1;Security=None;Username=u;Password=p")]
    [InlineData("Host=smtp.example.org;Security=Tls")]
    [InlineData("Host=smtp.example.org")]
    public void Valid_smtp_settings_register_the_email_channel(string settings)
    {
        var email = Parse(settings);
        email["Mode"] = "Smtp";

        using var host = EmailChannelHost.Create(email);

        Assert.Equal(ChannelKind.Email, host.Channel.Kind);
    }

    [Fact]
    public void The_channel_reaches_only_recipients_with_an_email_address()
    {
        using var host = EmailChannelHost.Create(new Dictionary<string, string?>());

        Assert.True(host.Channel.CanReach(new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", Email = "dana@example.org" }));
        Assert.False(host.Channel.CanReach(new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", Phone = "+4915112345678" }));
        Assert.False(host.Channel.CanReach(new ChannelRecipient { Id = Guid.NewGuid(), Name = "Dana", Email = " " }));
    }

    private static Dictionary<string, string?> Parse(string settings) =>
        settings.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);
}
