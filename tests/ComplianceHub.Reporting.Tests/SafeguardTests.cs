using ComplianceHub.Reporting.Transfers;

namespace ComplianceHub.Reporting.Tests;

public sealed class SafeguardTests
{
    private static readonly AdequacyDecisions Decisions = AdequacyDecisions.Bundled();
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("JP", "Adequacy", null, null, SafeguardStatus.Adequate)]
    [InlineData("US", "Adequacy", null, null, SafeguardStatus.Adequate)]
    [InlineData("IN", "Adequacy", null, null, SafeguardStatus.Inadequate)]
    [InlineData("JP", "Adequacy", null, "2026-11-30", SafeguardStatus.Expired)]
    [InlineData("IN", "SCC", "2026-01-10", null, SafeguardStatus.Safeguarded)]
    [InlineData("IN", "BCR", "2026-01-10", "2026-12-01", SafeguardStatus.Safeguarded)]
    [InlineData("IN", "SCC", null, null, SafeguardStatus.MissingImpactAssessment)]
    [InlineData("IN", "BCR", null, "2030-01-01", SafeguardStatus.MissingImpactAssessment)]
    [InlineData("IN", "SCC", "2020-01-10", "2026-11-30", SafeguardStatus.Expired)]
    [InlineData("IN", "Derogation", null, null, SafeguardStatus.Derogation)]
    [InlineData("IN", "Derogation", null, "2026-01-01", SafeguardStatus.Expired)]
    public void Should_assess_the_safeguard_of_a_transfer_for_the_day(string country, string mechanism, string? assessed, string? expires, SafeguardStatus expected)
    {
        var transfer = Transfer(country, Enum.Parse<TransferMechanism>(mechanism), assessed, expires);
        Assert.Equal(expected.ToString(), Safeguards.Assess(transfer, Decisions, Today).Status);
    }

    [Fact]
    public void When_the_adequacy_decision_relied_on_has_lapsed_the_transfer_is_expired()
    {
        var transfer = Transfer("GB", TransferMechanism.Adequacy, null, null);
        Assert.Equal("Adequate", Safeguards.Assess(transfer, Decisions, new DateOnly(2031, 12, 27)).Status);
        var lapsed = Safeguards.Assess(transfer, Decisions, new DateOnly(2031, 12, 28));
        Assert.Equal("Expired", lapsed.Status);
        Assert.Equal("GB", lapsed.AdequacyDecision?.Country);
    }

    [Fact]
    public void Should_name_the_decision_and_its_scope_for_a_partial_adequacy_finding()
    {
        var view = Safeguards.Assess(Transfer("US", TransferMechanism.Adequacy, null, null), Decisions, Today);
        Assert.Equal("US", view.AdequacyDecision?.Country);
        Assert.Contains("Data Privacy Framework", view.Detail, StringComparison.Ordinal);
        Assert.Equal(Today, view.AssessedOn);
    }

    private static Transfer Transfer(string country, TransferMechanism mechanism, string? assessed, string? expires) => new()
    {
        Id = Guid.NewGuid(),
        Recipient = "Recipient",
        DestinationCountry = country,
        Mechanism = mechanism,
        ImpactAssessedOn = assessed is null ? null : DateOnly.Parse(assessed, System.Globalization.CultureInfo.InvariantCulture),
        ExpiresOn = expires is null ? null : DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture),
    };
}
