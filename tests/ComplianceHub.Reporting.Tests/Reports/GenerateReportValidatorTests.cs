using ComplianceHub.Reporting.Reports.Generate;

namespace ComplianceHub.Reporting.Tests.Reports;

public sealed class GenerateReportValidatorTests
{
    private static readonly GenerateReportRequest Valid = new() { PeriodStart = new DateOnly(2026, 10, 1), PeriodEnd = new DateOnly(2026, 10, 31) };

    private static IReadOnlyCollection<string> Fields(string? type, GenerateReportRequest request)
    {
        var errors = new ValidationErrors();
        GenerateReportValidator.Validate(type, request, errors);
        return errors.Fields;
    }

    [Fact]
    public void When_everything_is_given_there_is_no_error_and_the_type_is_read_case_insensitively()
    {
        var errors = new ValidationErrors();
        Assert.Equal(ReportType.ProcessorCompliance, GenerateReportValidator.Validate("processorcompliance", Valid with { TimeZone = "Europe/Lisbon" }, errors));
        Assert.True(errors.IsValid);
    }

    [Theory]
    [InlineData("Weekly")]
    [InlineData("1")]
    [InlineData("")]
    public void Should_name_type_when_it_is_not_a_report_type(string type) => Assert.Equal(["type"], Fields(type, Valid));

    [Fact]
    public void Should_name_period_start_when_it_is_missing() => Assert.Equal(["periodStart"], Fields("DataSubjectRequestLog", Valid with { PeriodStart = null }));

    [Fact]
    public void Should_name_period_end_when_it_is_missing() => Assert.Equal(["periodEnd"], Fields("DataSubjectRequestLog", Valid with { PeriodEnd = null }));

    [Fact]
    public void Should_name_period_end_when_it_is_before_the_start() =>
        Assert.Equal(["periodEnd"], Fields("DataSubjectRequestLog", Valid with { PeriodEnd = new DateOnly(2026, 9, 30) }));

    [Fact]
    public void Should_allow_a_leap_year_and_name_period_end_for_a_longer_period()
    {
        Assert.Empty(Fields("DataSubjectRequestLog", new() { PeriodStart = new DateOnly(2028, 1, 1), PeriodEnd = new DateOnly(2028, 12, 31) }));
        Assert.Equal(["periodEnd"], Fields("DataSubjectRequestLog", new() { PeriodStart = new DateOnly(2028, 1, 1), PeriodEnd = new DateOnly(2029, 1, 1) }));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("   ")]
    public void Should_name_time_zone_when_it_is_not_an_iana_zone(string zone) =>
        Assert.Equal(["timeZone"], Fields("DataSubjectRequestLog", Valid with { TimeZone = zone }));

    [Fact]
    public void Should_name_period_end_when_it_is_after_today_in_the_reports_time_zone()
    {
        // 23:30 UTC on 30 November is already 1 December in Berlin, still 30 November in New York.
        var now = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        Assert.True(GenerateReportValidator.NotInTheFuture(new ValidationErrors(), new DateOnly(2026, 12, 1), berlin, now).IsValid);
        Assert.Equal(["periodEnd"], GenerateReportValidator.NotInTheFuture(new ValidationErrors(), new DateOnly(2026, 12, 1), newYork, now).Fields);
    }

    [Theory]
    [InlineData("DE", "Europe/Berlin")]
    [InlineData("pt", "Europe/Lisbon")]
    [InlineData("IE", "Europe/Dublin")]
    [InlineData("ZZ", "UTC")]
    [InlineData(null, "UTC")]
    public void Should_default_to_the_zone_of_the_home_countrys_capital(string? country, string zone)
    {
        Assert.Equal(zone, OrganizationTimeZones.ForCountry(country));
        Assert.NotNull(OrganizationTimeZones.Find(zone));
    }
}
