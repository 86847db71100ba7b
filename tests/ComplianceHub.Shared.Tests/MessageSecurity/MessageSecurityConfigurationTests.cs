namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class MessageSecurityConfigurationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ch-keys-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Without_configured_keys_a_private_development_ring_is_generated_once_and_reused()
    {
        var first = Build();
        var second = Build();

        var file = Path.Combine(_data, DevelopmentKeyRing.FileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.True(first.IsDevelopment);
        var envelope = first.Encrypt("secret"u8);
        Assert.Equal("secret"u8.ToArray(), second.Decrypt(envelope)); // the same keys after a restart
    }

    [Fact]
    public void Configured_keys_are_used_and_the_ring_is_not_a_development_one()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var ring = Build(
            "--Security:Messages:SigningKeys:2026-11=" + key, "--Security:Messages:ActiveSigningKey=2026-11",
            "--Security:Messages:EncryptionKeys:2026-11=" + key, "--Security:Messages:ActiveEncryptionKey=2026-11");

        Assert.False(ring.IsDevelopment);
        Assert.Equal("2026-11", ring.ActiveEncryptionKey);
        Assert.False(File.Exists(Path.Combine(_data, DevelopmentKeyRing.FileName)));
    }

    [Theory]
    [InlineData("Security:Messages:SigningKeys:k1", "Security:Messages:SigningKeys:k1", "c2hvcnQ=")]
    [InlineData("Security:Messages:ActiveEncryptionKey", "Security:Messages:ActiveEncryptionKey", "k1")]
    public void Invalid_key_settings_fail_naming_the_key(string expectedKey, string setting, string value)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create(setting, (string?)value)]).Build();

        var error = Assert.Throws<InvalidConfigurationException>(() => config.BindValidated<MessageSecurityOptions>(MessageSecurityOptions.Section));

        Assert.Contains(error.Errors, e => e.Contains(expectedKey, StringComparison.Ordinal));
    }

    [Fact]
    public void A_signature_window_longer_than_the_inbox_memory_is_refused_at_start()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() =>
            Build("--Security:Messages:SignatureWindow=40.00:00:00", "--Messaging:Outbox:InboxRetention=30.00:00:00"));

        Assert.Contains(error.Errors, e => e.Contains("SignatureWindow", StringComparison.Ordinal) && e.Contains("InboxRetention", StringComparison.Ordinal));
    }

    private MessageKeyRing Build(params string[] settings)
    {
        var builder = ComplianceHubHost.CreateBuilder([$"--Storage:DataDirectory={_data}", "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef", .. settings]);
        using var provider = builder.Services.BuildServiceProvider();
        return provider.GetRequiredService<MessageKeyRing>();
    }
}
