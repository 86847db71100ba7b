namespace ComplianceHub.Breaches.Tests.Authorities;

/// <summary>Art. 56 one-stop-shop with a main establishment in the EU/EEA; Art. 55 territorial competence without one.</summary>
public sealed class CompetentAuthoritiesTests
{
    private static readonly SupervisoryAuthorityCatalog Catalog = SupervisoryAuthorityCatalog.Embedded();

    [Fact]
    public void When_the_main_establishment_is_in_Germany_the_German_authority_leads_and_the_CNIL_is_concerned()
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, "DE", ["DE", "FR"]);

        Assert.Equal("DE", resolution.Lead?.Country);
        var concerned = Assert.Single(resolution.Concerned);
        Assert.Equal("Commission Nationale de l'Informatique et des Libertés", concerned.Name);
        Assert.Equal(["DE"], resolution.RequiredCountries);
        Assert.Empty(resolution.OutsideEea);
        Assert.Contains("Art. 56", resolution.Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US")]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_main_establishment_in_the_EEA_every_affected_country_s_authority_must_be_notified(string? mainEstablishment)
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, mainEstablishment, ["FR", "DE"]);

        Assert.Null(resolution.Lead);
        Assert.Equal(["DE", "FR"], resolution.Concerned.Select(a => a.Country));
        Assert.Equal(["DE", "FR"], resolution.RequiredCountries);
        Assert.Contains("Art. 55", resolution.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Affected_countries_without_an_EU_EEA_authority_are_listed_as_outside_the_EEA()
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, "DE", ["US", "DE", "FR", "CH"]);

        Assert.Equal(["CH", "US"], resolution.OutsideEea);
        Assert.Equal(["FR"], resolution.Concerned.Select(a => a.Country));
    }

    [Fact]
    public void The_lead_authority_is_notified_even_when_nobody_affected_lives_in_its_country()
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, "IE", ["DE", "FR"]);

        Assert.Equal("DPC", resolution.Lead?.Acronym);
        Assert.Equal(["DE", "FR"], resolution.Concerned.Select(a => a.Country));
        Assert.Equal(["IE"], resolution.RequiredCountries);
    }

    [Fact]
    public void Country_codes_are_read_in_any_case_and_counted_once_in_a_fixed_order()
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, null, ["se", "AT", "SE", " at", "NO"]);

        Assert.Equal(["AT", "NO", "SE"], resolution.Concerned.Select(a => a.Country));
        Assert.Equal(["AT", "NO", "SE"], resolution.RequiredCountries);
    }

    [Fact]
    public void A_breach_affecting_only_the_main_establishment_s_country_has_a_lead_and_no_concerned_authority()
    {
        var resolution = CompetentAuthorities.Resolve(Catalog, "fr", ["FR"]);

        Assert.Equal("FR", resolution.Lead?.Country);
        Assert.Empty(resolution.Concerned);
        Assert.Equal(["FR"], resolution.RequiredCountries);
    }
}
