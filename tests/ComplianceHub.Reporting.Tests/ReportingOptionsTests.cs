using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Hosting;
using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests;

public sealed class ReportingOptionsTests
{
    private const string Key = "Modules:Reporting:AdequacyDecisionsPath";

    [Theory]
    [InlineData(null, "does not exist")]
    [InlineData("not json", "not a readable adequacy decision list")]
    [InlineData("""{"decisions":[]}""", "empty")]
    [InlineData("""{"other":1}""", "empty")]
    [InlineData("""{"decisions":[{"country":"FR","name":"France","decision":"x","adoptedOn":"2020-01-01"}]}""", "third country")]
    [InlineData("""{"decisions":[{"country":"JP","name":"Japan","decision":"x","adoptedOn":"2019-01-23"},{"country":"JP","name":"Japan","decision":"y","adoptedOn":"2019-01-23"}]}""", "Two adequacy decisions")]
    [InlineData("""{"decisions":[{"country":"JP","name":"Japan","decision":"x"}]}""", "not a readable")]
    [InlineData("""{"decisions":[{"country":"JP","name":"","decision":"x","adoptedOn":"2019-01-23"}]}""", "needs a country, a name")]
    public void When_the_configured_adequacy_list_is_missing_or_bad_the_host_does_not_start(string? content, string reason)
    {
        var path = Path.Combine(Path.GetTempPath(), $"adequacy-{Guid.NewGuid():N}.json");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        try
        {
            var data = Directory.CreateTempSubdirectory("ch-reporting-options-").FullName;
            var builder = ComplianceHubHost.CreateBuilder(
                [$"--{Key}={path}", $"--Storage:DataDirectory={data}", "--Security:BootstrapAdminKey=unit-test-admin-key-0123456789abcdef"]);
            var error = Assert.Throws<InvalidConfigurationException>(() => builder.AddReportingModule());
            Assert.Contains(Key, error.Message, StringComparison.Ordinal);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Should_use_the_configured_adequacy_list_instead_of_the_bundled_one()
    {
        var path = Path.Combine(Path.GetTempPath(), $"adequacy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"decisions":[{"country":"IN","name":"India","decision":"Hypothetical Decision 2027/1","adoptedOn":"2020-01-01"}]}""");
        try
        {
            await using var host = await ModuleTestHost.StartAsync(h => h.Reporting($"--{Key}={path}"));
            var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
            var list = await GetAsync(dpo, "/api/v1/adequacy-decisions");
            Assert.Equal(["IN"], list.EnumerateArray().Select(d => d.GetProperty("country").GetString()));
            var india = await CreateAsync(dpo, "/transfers", Transfer(new { destinationCountry = "IN", mechanism = "Adequacy" }));
            Assert.Equal("Adequate", india.GetProperty("safeguard").GetProperty("status").GetString());
            var japan = await CreateAsync(dpo, "/transfers", Transfer(new { destinationCountry = "JP", mechanism = "Adequacy" }));
            Assert.Equal("Inadequate", japan.GetProperty("safeguard").GetProperty("status").GetString());
            await AssertStatusAsync(HttpStatusCode.OK, dpo.GetAsync("/api/v1/adequacy-decisions"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
