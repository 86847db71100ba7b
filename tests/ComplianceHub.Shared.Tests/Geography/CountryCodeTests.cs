using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Shared.Tests.Geography;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("IS")]
    [InlineData("LI")]
    [InlineData("NO")]
    [InlineData("US")]
    public void ISO_3166_alpha_2_codes_are_accepted(string code) => Assert.True(CountryCode.IsValid(code));

    [Theory]
    [InlineData("de")]
    [InlineData("XX")]
    [InlineData("DEU")]
    [InlineData("D")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("en-US")]
    public void Anything_else_is_refused(string? code) => Assert.False(CountryCode.IsValid(code));
}
