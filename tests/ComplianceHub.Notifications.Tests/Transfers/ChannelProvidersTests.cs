namespace ComplianceHub.Notifications.Tests.Transfers;

/// <summary>Which configured providers are in a third country, and the start-up checks of their settings.</summary>
public sealed class ChannelProvidersTests
{
    private static EmailOptions Smtp(string? country, string? name = "Mailer Inc") =>
        new() { Mode = EmailMode.Smtp, Host = "smtp.example.com", ProviderName = name, ProviderCountry = country };

    [Fact]
    public void Should_see_a_third_country_only_for_a_remote_provider_outside_the_eea()
    {
        var sms = new SmsOptions { Mode = SmsMode.Http, Url = "https://sms.example.com/send", ProviderName = "Texter", ProviderCountry = "US" };
        Assert.Equal(new ProviderLocation(ChannelKind.Email, "Mailer Inc", "IN"), new ChannelProviders(Smtp("IN"), sms).ThirdCountry(ChannelKind.Email));
        Assert.Equal(new ProviderLocation(ChannelKind.Sms, "Texter", "US"), new ChannelProviders(Smtp("IN"), sms).ThirdCountry(ChannelKind.Sms));
        Assert.Null(new ChannelProviders(Smtp("IE"), sms).ThirdCountry(ChannelKind.Email));
        Assert.Null(new ChannelProviders(Smtp(null, null), sms).ThirdCountry(ChannelKind.Email));
        Assert.Null(new ChannelProviders(new EmailOptions { ProviderName = "Mailer Inc", ProviderCountry = "IN" }, sms).ThirdCountry(ChannelKind.Email));
        Assert.Null(new ChannelProviders(Smtp("IN"), new SmsOptions { ProviderName = "Texter", ProviderCountry = "US" }).ThirdCountry(ChannelKind.Sms));
        Assert.Null(new ChannelProviders(Smtp("IN"), sms).ThirdCountry(ChannelKind.InApp));
        Assert.Null(new ChannelProviders(Smtp("IN"), sms).ThirdCountry(ChannelKind.Webhook));
    }

    [Fact]
    public void When_the_provider_country_is_not_an_iso_code_or_has_no_name_the_start_is_refused_naming_the_key()
    {
        Assert.Contains(Smtp("usa").Validate(EmailOptions.Section), e => e.StartsWith("Modules:Notifications:Email:ProviderCountry", StringComparison.Ordinal));
        Assert.Contains(Smtp("US", " ").Validate(EmailOptions.Section), e => e.StartsWith("Modules:Notifications:Email:ProviderName", StringComparison.Ordinal));
        Assert.Contains(new SmsOptions { ProviderCountry = "us", ProviderName = "Texter" }.Validate(SmsOptions.Section),
            e => e.StartsWith("Modules:Notifications:Sms:ProviderCountry", StringComparison.Ordinal));
        Assert.Empty(Smtp("US").Validate(EmailOptions.Section));
        Assert.Empty(Smtp(null, null).Validate(EmailOptions.Section));
    }
}
