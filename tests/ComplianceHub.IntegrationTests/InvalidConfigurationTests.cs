namespace ComplianceHub.IntegrationTests;

/// <summary>A wrong setting stops the host at start-up with a message naming the key, and a non-zero exit code.</summary>
public sealed class InvalidConfigurationTests
{
    [Theory]
    [InlineData("Messaging:Transport", "Kafka", "Messaging:Transport")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Messaging:RabbitMq:Port", "seventy", "Messaging:RabbitMq:Port")]
    [InlineData("Logging:Format", "Xml", "Logging:Format")]
    [InlineData("Security:BootstrapAdminKey", "short", "Security:BootstrapAdminKey")]
    public async Task When_a_setting_is_invalid_the_host_exits_naming_the_key(string key, string value, string named)
    {
        await using var host = new HostProcess(new Dictionary<string, string> { [key] = value });

        var exitCode = await host.RunToExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Contains(named, host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_PostgreSql_is_chosen_without_a_connection_string_the_host_exits_naming_it()
    {
        await using var host = new HostProcess(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:ComplianceHub"] = "",
        });

        var exitCode = await host.RunToExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Contains("ConnectionStrings:ComplianceHub", host.Output, StringComparison.Ordinal);
    }
}
