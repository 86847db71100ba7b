using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Reports.Generate;

internal static class GenerateReportValidator
{
    /// <summary>A year, leap day included: longer periods belong in several reports.</summary>
    public const int MaxDays = 366;

    /// <summary>Checks the type and the dates; the time zone is checked once the organisation (and so its default zone) is known.</summary>
    public static ReportType? Validate(string? type, GenerateReportRequest request, ValidationErrors errors)
    {
        var reportType = RequestEnums.Parse<ReportType>(errors, "type", type, required: true);
        errors.When(request.PeriodStart is null, "periodStart", "Required: the first day of the period (yyyy-MM-dd).")
            .When(request.PeriodEnd is null, "periodEnd", "Required: the last day of the period (yyyy-MM-dd), included.");
        if (request is { PeriodStart: { } start, PeriodEnd: { } end })
        {
            errors.When(start > end, "periodEnd", "Must not be before periodStart.")
                .When(start <= end && end.DayNumber - start.DayNumber + 1 > MaxDays, "periodEnd", $"The period is at most {MaxDays} days.");
        }

        errors.When(request.TimeZone is not null && OrganizationTimeZones.Find(request.TimeZone) is null, "timeZone", "Not an IANA time zone (e.g. \"Europe/Berlin\").");
        return reportType;
    }

    /// <summary>A period may end today (a partial day) but not later: the future has no records.</summary>
    public static ValidationErrors NotInTheFuture(ValidationErrors errors, DateOnly end, TimeZoneInfo zone, DateTimeOffset now) =>
        errors.When(end > DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), "periodEnd", "Must not be after today (in the report's time zone).");
}
