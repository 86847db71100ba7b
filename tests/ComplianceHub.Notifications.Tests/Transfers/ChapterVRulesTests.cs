using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Notifications.Tests.Transfers;

/// <summary>The Chapter V decision for a channel provider: Art. 45 adequacy, Art. 46/47 safeguards, never Art. 49 for alerts.</summary>
public sealed class ChapterVRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly AdequacyDecisions Adequacy = AdequacyDecisions.Bundled();
    private static readonly Guid Organization = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private static ProviderLocation Mailer(string country = "IN") => new(ChannelKind.Email, "Mailer Inc", country);

    private static TransferSafeguard Entry(string mechanism, string country = "IN", DateOnly? assessed = null, DateOnly? expires = null,
        string recipient = "mailer inc ", bool removed = false, int n = 1) => new()
    {
        TransferId = Guid.Parse($"00000000-0000-0000-0000-{n:D12}"),
        OrganizationId = Organization,
        Revision = 1,
        Recipient = recipient,
        DestinationCountry = country,
        Mechanism = mechanism,
        ImpactAssessedOn = assessed,
        ExpiresOn = expires,
        Removed = removed,
    };

    private static ChapterVDecision Decide(ProviderLocation? provider, params TransferSafeguard[] register) =>
        ChapterVRules.Decide(provider, register, Adequacy, Today);

    [Fact]
    public void Should_see_no_transfer_when_the_provider_is_not_in_a_third_country()
    {
        var decision = Decide(null);
        Assert.True(decision.Allowed);
        Assert.Null(decision.Transfer);
        Assert.Null(PersonalDataTransfers.Of(decision, Organization, Guid.NewGuid(), DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Should_allow_a_country_with_an_unscoped_adequacy_decision_without_an_entry()
    {
        var decision = Decide(Mailer("CH"));
        Assert.True(decision.Allowed);
        Assert.Equal("Adequacy", decision.Basis);
        Assert.Null(decision.TransferId);
        var transferred = PersonalDataTransfers.Of(decision, Organization, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        Assert.Equal(("Email", "Mailer Inc", "CH", (Guid?)null), (transferred!.Channel, transferred.Recipient, transferred.DestinationCountry, transferred.TransferId));
    }

    [Fact]
    public void Should_refuse_a_scoped_adequacy_decision_until_the_register_names_the_provider_under_it()
    {
        var refused = Decide(Mailer("US"));
        Assert.False(refused.Allowed);
        Assert.Contains("covers only", refused.Reason);

        var confirmed = Decide(Mailer("US"), Entry("Adequacy", "US"));
        Assert.True(confirmed.Allowed);
        Assert.Equal(("Adequacy", (Guid?)Entry("Adequacy").TransferId), (confirmed.Basis, confirmed.TransferId));
    }

    [Theory]
    [InlineData("SCC")]
    [InlineData("BCR")]
    public void Should_allow_a_valid_registered_safeguard_for_the_provider_and_name_its_entry(string mechanism)
    {
        var decision = Decide(Mailer(), Entry(mechanism, assessed: new DateOnly(2026, 1, 10), expires: Today));
        Assert.True(decision.Allowed);
        Assert.Equal(mechanism, decision.Basis);
        Assert.Equal(Entry(mechanism).TransferId, decision.TransferId);
    }

    [Fact]
    public void Should_refuse_an_expired_scc()
    {
        var decision = Decide(Mailer(), Entry("SCC", assessed: new DateOnly(2025, 1, 10), expires: new DateOnly(2026, 3, 1)));
        Assert.False(decision.Allowed);
        Assert.Equal("No Chapter V safeguard for Mailer Inc in IN: the registered SCC expired on 2026-03-01.", decision.Reason);
    }

    [Fact]
    public void Should_refuse_an_scc_without_a_transfer_impact_assessment()
    {
        var decision = Decide(Mailer(), Entry("SCC"));
        Assert.False(decision.Allowed);
        Assert.Equal("No Chapter V safeguard for Mailer Inc in IN: the registered SCC has no transfer impact assessment.", decision.Reason);
    }

    [Fact]
    public void Should_refuse_a_derogation_because_alerts_are_systematic_transfers()
    {
        var decision = Decide(Mailer(), Entry("Derogation"));
        Assert.False(decision.Allowed);
        Assert.Contains("Art. 49", decision.Reason);
    }

    [Fact]
    public void Should_refuse_when_the_safeguard_was_removed_or_names_another_recipient_or_country()
    {
        var valid = new DateOnly(2026, 1, 10);
        Assert.False(Decide(Mailer(), Entry("SCC", assessed: valid, removed: true)).Allowed);
        Assert.False(Decide(Mailer(), Entry("SCC", assessed: valid, recipient: "Other Mailer")).Allowed);
        Assert.False(Decide(Mailer(), Entry("SCC", "BR", assessed: valid)).Allowed);
        Assert.Equal("No Chapter V safeguard for Mailer Inc in IN: no transfer is registered for it.", Decide(Mailer()).Reason);
    }

    [Fact]
    public void Should_refuse_claimed_adequacy_for_a_country_without_a_decision()
    {
        var decision = Decide(Mailer(), Entry("Adequacy"));
        Assert.False(decision.Allowed);
        Assert.Contains("no decision is in force", decision.Reason);
    }

    [Fact]
    public void Should_use_any_valid_entry_when_another_for_the_same_provider_is_not()
    {
        var decision = Decide(Mailer(), Entry("Derogation", n: 1), Entry("SCC", assessed: new DateOnly(2026, 1, 10), n: 2));
        Assert.True(decision.Allowed);
        Assert.Equal(Entry("SCC", n: 2).TransferId, decision.TransferId);
    }
}
