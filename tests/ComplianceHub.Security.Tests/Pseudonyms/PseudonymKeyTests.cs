using ComplianceHub.Security.Ingestion;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Security.Tests.Pseudonyms;

public sealed class PseudonymKeyTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ch-pseudonym-key-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Without_a_configured_key_one_is_generated_privately_in_the_data_directory_and_kept_across_starts()
    {
        var first = PseudonymKey.Resolve(new SecurityMonitoringOptions(), new MessageSecurityOptions(), _data);
        var second = PseudonymKey.Resolve(new SecurityMonitoringOptions(), new MessageSecurityOptions(), _data);

        Assert.Equal(Path.Combine(_data, PseudonymKey.FileName), first.GeneratedFile);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(32, first.Bytes.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.GeneratedFile!));
        }

        var pseudonyms = new PrincipalPseudonyms(second);
        var organization = Guid.NewGuid();
        Assert.Equal(new PrincipalPseudonyms(first).Of(organization, "alice"), pseudonyms.Of(organization, " alice "));
        Assert.NotEqual(pseudonyms.Of(organization, "alice"), pseudonyms.Of(Guid.NewGuid(), "alice"));
        Assert.DoesNotContain("alice", pseudonyms.Of(organization, "alice"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_start_with_configured_message_keys_and_no_pseudonym_key()
    {
        var messages = new MessageSecurityOptions { SigningKeys = { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, ActiveSigningKey = "k1" };

        var refused = Assert.Throws<InvalidConfigurationException>(() => PseudonymKey.Resolve(new SecurityMonitoringOptions(), messages, _data));

        Assert.StartsWith("Modules:Security:PseudonymKey is required", refused.Errors.Single(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, PseudonymKey.FileName)));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Should_name_the_key_when_the_configured_pseudonym_key_is_not_base64_of_32_to_128_bytes(string value)
    {
        var problems = new SecurityMonitoringOptions { PseudonymKey = value }.Validate(SecurityMonitoringOptions.Section).ToList();

        Assert.Equal(["Modules:Security:PseudonymKey must be base64 of 32 to 128 bytes."], problems);
    }

    [Fact]
    public void Configured_key_is_used_whatever_the_message_keys()
    {
        var key = RandomNumberGenerator.GetBytes(48);
        var messages = new MessageSecurityOptions { SigningKeys = { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, ActiveSigningKey = "k1" };

        var resolved = PseudonymKey.Resolve(new SecurityMonitoringOptions { PseudonymKey = Convert.ToBase64String(key) }, messages, _data);

        Assert.Equal(key, resolved.Bytes);
        Assert.Null(resolved.GeneratedFile);
    }

    [Fact]
    public void When_the_formerly_active_signing_key_is_configured_as_pseudonym_key_the_pseudonyms_made_so_far_stay_the_same()
    {
        var signing = RandomNumberGenerator.GetBytes(32);
        var organization = Guid.NewGuid();
        // How a pseudonym was made before it had a key of its own: a record signature directly under the signing key.
        var former = "ps1:" + ComplianceHub.Testing.Keys.LegacyRecordSignature.Of(
            signing, "compliancehub/security/principal/v1", System.Text.Encoding.UTF8.GetBytes($"{organization:N}\nalice"))[..43];

        var key = PseudonymKey.Resolve(new SecurityMonitoringOptions { PseudonymKey = Convert.ToBase64String(signing) }, new MessageSecurityOptions(), _data);

        Assert.Equal(former, new PrincipalPseudonyms(key).Of(organization, "alice"));
    }
}
