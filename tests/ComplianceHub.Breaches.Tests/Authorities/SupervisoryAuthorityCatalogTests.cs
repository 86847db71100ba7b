using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Breaches.Tests.Authorities;

/// <summary>The bundled catalogue: one authority for each of the 27 EU states plus Iceland, Liechtenstein and Norway.</summary>
public sealed class SupervisoryAuthorityCatalogTests
{
    // Written out here rather than taken from the production list, so a wrong production list fails the test.
    private static readonly string[] EuStates =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    private static readonly string[] EeaEftaStates = ["IS", "LI", "NO"];

    private static readonly SupervisoryAuthorityCatalog Catalog = SupervisoryAuthorityCatalog.Embedded();

    [Fact]
    public void The_catalogue_covers_exactly_the_27_EU_and_3_EEA_EFTA_states()
    {
        Assert.Equal(27, EuStates.Distinct().Count());
        string[] expected = [.. EuStates.Concat(EeaEftaStates).Order(StringComparer.Ordinal)];

        Assert.Equal(expected, Catalog.All.Select(a => a.Country));
    }

    [Fact]
    public void Membership_is_EU_for_member_states_and_EEA_for_Iceland_Liechtenstein_and_Norway()
    {
        Assert.All(EuStates, c => Assert.Equal(AuthorityMembership.EU, Catalog.Find(c)!.Membership));
        Assert.All(EeaEftaStates, c => Assert.Equal(AuthorityMembership.EEA, Catalog.Find(c)!.Membership));
    }

    [Fact]
    public void Every_country_is_one_the_residency_rules_treat_as_EEA() =>
        Assert.All(Catalog.All, a => Assert.True(EeaCountries.Contains(a.Country), a.Country));

    [Fact]
    public void Every_entry_has_a_name_an_https_or_http_website_and_a_source()
    {
        Assert.All(Catalog.All, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Name), a.Country);
            Assert.True(Uri.TryCreate(a.Website, UriKind.Absolute, out var site) && site.Scheme.StartsWith("http", StringComparison.Ordinal), a.Country);
            Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Country);
        });
    }

    [Fact]
    public void The_bundled_catalogue_passes_the_checks_an_override_file_must_pass() =>
        Assert.Empty(CatalogChecks.Problems(Catalog));

    [Theory]
    [InlineData("fr")]
    [InlineData("FR")]
    [InlineData("Fr")]
    [InlineData(" fr ")]
    public void Find_ignores_case(string country)
    {
        var authority = Catalog.Find(country);

        Assert.NotNull(authority);
        Assert.Equal("CNIL", authority.Acronym);
        Assert.True(Catalog.Covers(country));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("CH")]
    [InlineData("EL")]
    [InlineData("")]
    [InlineData(null)]
    public void Countries_without_an_EU_EEA_authority_are_not_found(string? country)
    {
        Assert.Null(Catalog.Find(country));
        Assert.False(Catalog.Covers(country));
    }

    [Fact]
    public void Germany_lists_an_authority_for_each_of_its_16_Laender()
    {
        var regions = Catalog.Find("DE")!.RegionalAuthorities;

        // Bavaria has two (private sector and public bodies); every other Land one.
        Assert.Equal(17, regions.Count);
        Assert.Equal(16, regions.Select(r => r.Region.Split(' ')[0]).Distinct().Count());
        Assert.Contains(regions, r => r.Acronym == "BlnBDI" && r.Region == "Berlin");
    }

    [Fact]
    public void Spain_keeps_its_regional_authorities_and_says_who_they_supervise()
    {
        var spain = Catalog.Find("ES")!;

        Assert.Equal(["APDCAT", "AVPD", "CTPDA"], spain.RegionalAuthorities.Select(r => r.Acronym));
        Assert.Contains("public sector", spain.RegionalCompetence, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_English_name_is_unverified_the_local_name_is_shown_and_the_doubt_is_kept()
    {
        var austria = Catalog.Find("AT")!;

        Assert.Null(austria.EnglishName);
        Assert.Equal(austria.LocalName, austria.Name);
        Assert.Contains(austria.Unverified, u => u.StartsWith("englishName", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_notification_pages_stay_null_and_are_marked_unverified()
    {
        var croatia = Catalog.Find("HR")!;

        Assert.Null(croatia.BreachNotificationUrl);
        Assert.Contains(croatia.Unverified, u => u.StartsWith("breachNotificationUrl", StringComparison.Ordinal));
    }
}
