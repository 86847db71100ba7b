namespace ComplianceHub.Breaches.Tests.Authorities;

/// <summary>Art. 33(3) content for the competent authorities, rendered as JSON, text and HTML.</summary>
public sealed class AuthorityNotificationDraftTests
{
    [Fact]
    public void A_DE_FR_breach_with_a_German_main_establishment_is_addressed_to_the_German_lead_and_names_the_CNIL_as_concerned()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete());

        Assert.Equal("DE", draft.Lead?.Authority.Country);
        Assert.True(draft.Lead!.Required);
        Assert.Equal("lead", draft.Lead.Role);
        var france = Assert.Single(draft.Concerned);
        Assert.Equal("CNIL", france.Authority.Acronym);
        Assert.False(france.Required);
        Assert.Equal(france.Authority.BreachNotificationUrl, france.SubmitTo);
        Assert.Contains(france.Authority.Name, draft.Text, StringComparison.Ordinal);
        Assert.Contains(draft.Lead.Authority.Name, draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_EU_main_establishment_both_authorities_are_required_and_there_is_no_lead()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete() with { MainEstablishmentCountry = "US" });

        Assert.Null(draft.Lead);
        Assert.Equal(["DE", "FR"], draft.Concerned.Select(c => c.Authority.Country));
        Assert.All(draft.Concerned, c => Assert.True(c.Required));
    }

    [Fact]
    public void The_German_lead_says_the_Land_authority_of_the_main_establishment_is_competent_and_lists_the_Laender()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete());

        Assert.Contains("main establishment's region", draft.Lead!.RegionalNote, StringComparison.Ordinal);
        Assert.All(draft.Lead.Authority.RegionalAuthorities, r => Assert.Contains(r.Name, draft.Text, StringComparison.Ordinal));
        Assert.Null(Assert.Single(draft.Concerned).RegionalNote);
    }

    [Fact]
    public void Every_Art_33_3_item_is_in_the_json_content_and_in_both_renderings()
    {
        var facts = DraftFixtures.Complete();

        var draft = DraftFixtures.Compose(facts);

        var nature = draft.Content.Nature;
        Assert.Equal(facts.Description, nature.Description);
        Assert.Equal(facts.DataCategories, nature.DataCategories);
        Assert.True(nature.SpecialCategoryData);
        Assert.Equal(facts.ApproxSubjectsAffected, nature.ApproxSubjectsAffected);
        Assert.Equal(facts.ApproxRecordsAffected, nature.ApproxRecordsAffected);
        Assert.Equal(facts.ContactPoint, draft.Content.ContactPoint);
        Assert.Equal(facts.LikelyConsequences, draft.Content.LikelyConsequences);
        Assert.Equal(facts.MeasuresTaken, draft.Content.MeasuresTaken);
        Assert.Empty(draft.Missing);
        Assert.Null(draft.MissingNote);
        string[] values =
        [
            facts.Title, facts.Description, "contact details", "order history", "3,217", "12,409",
            facts.ContactPoint!.Name, facts.ContactPoint.Email!, facts.ContactPoint.Phone!,
            facts.LikelyConsequences!, facts.MeasuresTaken!,
        ];
        Assert.All(values, v => Assert.Contains(v, draft.Text, StringComparison.Ordinal));
        Assert.All(values, v => Assert.Contains(v, draft.Html, StringComparison.Ordinal));
        Assert.Contains("Special categories of data (Art. 9, 10): yes", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_not_yet_known_are_listed_as_missing_with_the_Art_33_4_note()
    {
        var facts = DraftFixtures.Complete() with
        {
            ContactPoint = null, LikelyConsequences = " ", MeasuresTaken = null, ApproxRecordsAffected = null,
        };

        var draft = DraftFixtures.Compose(facts);

        Assert.Equal(["approxRecordsAffected", "contactPoint", "likelyConsequences", "measuresTaken"], draft.Missing);
        Assert.Contains("Art. 33(4)", draft.MissingNote, StringComparison.Ordinal);
        Assert.Contains("Items: approxRecordsAffected, contactPoint, likelyConsequences, measuresTaken", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contact_point_with_a_name_but_no_way_to_reach_it_is_missing()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete() with { ContactPoint = new ContactPoint { Name = "Privacy team" } });

        Assert.Equal(["contactPoint"], draft.Missing);
    }

    [Fact]
    public void Affected_countries_outside_the_EEA_are_named_in_the_draft()
    {
        var draft = DraftFixtures.Compose(DraftFixtures.Complete() with { AffectedCountries = ["DE", "FR", "US"] });

        Assert.Equal(["US"], draft.OutsideEea);
        Assert.Contains("Countries: US", draft.Text, StringComparison.Ordinal);
    }
}
