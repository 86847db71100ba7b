using ComplianceHub.Shared.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Breaches.Tests.Authorities;

/// <summary>Law changes: an operator replaces the catalogue through configuration, checked before the host starts.</summary>
public sealed class CatalogOverrideTests : IDisposable
{
    private const string Key = "Modules:Breaches:Authorities:CatalogPath";

    private readonly string _directory = Directory.CreateTempSubdirectory("authorities-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Without_an_override_the_bundled_catalogue_is_registered()
    {
        var catalog = Register(path: null);

        Assert.Equal(30, catalog.All.Count);
    }

    [Fact]
    public void An_override_file_replaces_the_bundled_catalogue()
    {
        var document = BundledDocument();
        Entry(document, "FR")["name"] = "Autorité renommée";
        Entry(document, "FR")["breachNotificationUrl"] = "https://notifications.example.fr/";

        var catalog = Register(Write(document));

        Assert.Equal("Autorité renommée", catalog.Find("FR")!.Name);
        Assert.Equal("https://notifications.example.fr/", catalog.Find("FR")!.BreachNotificationUrl);
    }

    [Fact]
    public void A_file_missing_a_state_stops_the_start_naming_the_key_and_the_state()
    {
        var document = BundledDocument();
        document["authorities"]!.AsArray().Remove(Entry(document, "LI"));

        var error = Assert.Throws<InvalidConfigurationException>(() => Register(Write(document)));

        Assert.Contains(error.Errors, e => e.StartsWith(Key, StringComparison.Ordinal) && e.Contains("LI", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_without_a_name_or_website_stops_the_start()
    {
        var document = BundledDocument();
        Entry(document, "PL")["name"] = " ";
        Entry(document, "SE")["website"] = "javascript:alert(1)";

        var error = Assert.Throws<InvalidConfigurationException>(() => Register(Write(document)));

        Assert.Contains(error.Errors, e => e.StartsWith(Key, StringComparison.Ordinal) && e.Contains("'PL' has no name", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith(Key, StringComparison.Ordinal) && e.Contains("'SE' needs a website", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_EEA_or_duplicated_country_stops_the_start()
    {
        var document = BundledDocument();
        var authorities = document["authorities"]!.AsArray();
        authorities.Add(Entry(document, "DE").DeepClone());
        var swiss = Entry(document, "AT").DeepClone();
        swiss["country"] = "CH";
        authorities.Add(swiss);

        var error = Assert.Throws<InvalidConfigurationException>(() => Register(Write(document)));

        Assert.Contains(error.Errors, e => e.Contains("'DE' appears 2 times", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'CH' is not an EU/EEA state", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    public void A_file_that_is_not_a_catalogue_stops_the_start(string content)
    {
        var path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidConfigurationException>(() => Register(path));

        Assert.StartsWith(Key, Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_to_no_file_stops_the_start()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Register(Path.Combine(_directory, "absent.json")));

        Assert.Contains("does not exist", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    private static SupervisoryAuthorityCatalog Register(string? path)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create(Key, path)]);
        builder.AddSupervisoryAuthorities();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<SupervisoryAuthorityCatalog>();
    }

    private static JsonNode BundledDocument()
    {
        using var stream = typeof(SupervisoryAuthorityCatalog).Assembly
            .GetManifestResourceStream("ComplianceHub.Breaches.Authorities.supervisory-authorities.json")!;
        return JsonNode.Parse(stream)!;
    }

    private static JsonNode Entry(JsonNode document, string country) =>
        document["authorities"]!.AsArray().Single(a => (string?)a!["country"] == country)!;

    private string Write(JsonNode document)
    {
        var path = Path.Combine(_directory, "authorities.json");
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }
}
