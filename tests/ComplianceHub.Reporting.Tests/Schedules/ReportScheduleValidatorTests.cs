namespace ComplianceHub.Reporting.Tests.Schedules;

public sealed class ReportScheduleValidatorTests
{
    [Fact]
    public void Should_accept_a_quartz_cron_an_IANA_zone_and_plausible_recipients()
    {
        var errors = ReportScheduleValidator.Validate(new("0 0 8 ? * MON", "Europe/Berlin", true, ["dpo@example.eu", "group.dpo@example.eu"]), new ValidationErrors());

        Assert.True(errors.IsValid);
    }

    [Theory]
    [InlineData("0 8 * * 1", "cron")]            // Unix cron (no seconds field) is not Quartz cron.
    [InlineData("not a cron", "cron")]
    public void Should_name_the_cron_field_when_the_expression_is_not_quartz_cron(string cron, string field)
    {
        var errors = ReportScheduleValidator.Validate(new(cron, "Europe/Berlin", true, []), new ValidationErrors());

        Assert.Equal([field], errors.Fields);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("W. Europe Standard Time")]
    public void Should_name_the_time_zone_field_when_it_is_not_an_IANA_zone(string zone)
    {
        var errors = ReportScheduleValidator.Validate(new("0 0 8 1 * ?", zone, true, []), new ValidationErrors());

        Assert.Equal(["timeZone"], errors.Fields);
    }

    [Fact]
    public void Should_name_the_recipient_that_is_not_an_email_address()
    {
        var errors = ReportScheduleValidator.Validate(new("0 0 8 1 * ?", "UTC", true, ["dpo@example.eu", "nobody"]), new ValidationErrors());

        Assert.Equal(["recipients[1]"], errors.Fields);
    }

    [Fact]
    public void Should_refuse_more_than_twenty_recipients()
    {
        var many = Enumerable.Range(0, 21).Select(i => $"dpo{i}@example.eu").ToList();

        var errors = ReportScheduleValidator.Validate(new("0 0 8 1 * ?", "UTC", true, many), new ValidationErrors());

        Assert.Equal(["recipients"], errors.Fields);
    }

    [Fact]
    public void Should_require_enabled_and_recipients()
    {
        var errors = ReportScheduleValidator.Validate(new("0 0 8 1 * ?", "UTC", null, null), new ValidationErrors());

        Assert.Equal(["enabled", "recipients"], errors.Fields.Order());
    }
}
