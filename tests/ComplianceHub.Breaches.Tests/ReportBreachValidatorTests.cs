using ComplianceHub.Breaches.ReportBreach;

namespace ComplianceHub.Breaches.Tests;

public sealed class ReportBreachValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly ReportBreachRequest Valid = new()
    {
        Title = "Unusual access pattern detected in customer database",
        Description = "A service account read customer records outside its pattern.",
        DetectedAt = Now.AddHours(-3),
        AwareAt = Now.AddHours(-1),
        Source = "siem",
        AffectedCountries = ["DE", "FR"],
        DataCategories = ["contact details"],
        ApproxSubjectsAffected = 100,
        ApproxRecordsAffected = 400,
    };

    [Fact]
    public void A_complete_report_is_valid() => Assert.True(ReportBreachValidator.Validate(Valid, Now).IsValid);

    [Fact]
    public void When_fields_are_missing_each_is_named()
    {
        var errors = ReportBreachValidator.Validate(new ReportBreachRequest(), Now);

        string[] expected =
            ["title", "description", "source", "detectedAt", "approxSubjectsAffected", "approxRecordsAffected", "affectedCountries", "dataCategories"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), errors.Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_a_country_code_is_wrong_the_error_names_its_position()
    {
        var errors = ReportBreachValidator.Validate(Valid with { AffectedCountries = ["DE", "Germany", "XX"] }, Now);

        Assert.Equal(["affectedCountries[1]", "affectedCountries[2]"], errors.Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_awareness_precedes_detection_it_is_refused()
    {
        var errors = ReportBreachValidator.Validate(Valid with { AwareAt = Valid.DetectedAt!.Value.AddMinutes(-1) }, Now);

        Assert.Equal(["awareAt"], errors.Fields);
    }

    [Fact]
    public void When_detection_is_in_the_future_beyond_clock_skew_it_is_refused()
    {
        Assert.True(ReportBreachValidator.Validate(Valid with { DetectedAt = Now.AddMinutes(4), AwareAt = null }, Now).IsValid);
        Assert.Equal(["detectedAt"], ReportBreachValidator.Validate(Valid with { DetectedAt = Now.AddMinutes(6), AwareAt = null }, Now).Fields);
    }

    [Fact]
    public void When_text_carries_control_characters_or_is_too_long_it_is_refused()
    {
        var errors = ReportBreachValidator.Validate(
            Valid with { Title = "bad\u0000title", Source = new string('s', 201) }, Now);

        Assert.Equal(["source", "title"], errors.Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_counts_are_negative_they_are_refused()
    {
        var errors = ReportBreachValidator.Validate(Valid with { ApproxSubjectsAffected = -1 }, Now);

        Assert.Equal(["approxSubjectsAffected"], errors.Fields);
    }
}
