using ComplianceHub.Reporting.Reports;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Schedules;

internal static class ReportScheduleValidator
{
    public const int MaxRecipients = 20;

    public static ValidationErrors Validate(ReportScheduleRequest request, ValidationErrors errors)
    {
        errors.When(!CronTimes.IsValid(request.Cron), "cron",
            "A Quartz cron expression, seconds first, e.g. '0 0 8 ? * MON' (Mondays 08:00) or '0 0 8 1 * ?' (the 1st, 08:00).");
        errors.When(request.Cron is { Length: > 120 }, "cron", "At most 120 characters.");
        errors.When(OrganizationTimeZones.Find(request.TimeZone) is null, "timeZone", "An IANA time zone, e.g. Europe/Berlin.");
        errors.When(request.Enabled is null, "enabled", "Required: true or false.");
        if (request.Recipients is null)
        {
            errors.Add("recipients", "Required: a list of email addresses (may be empty).");
        }
        else if (request.Recipients.Count > MaxRecipients)
        {
            errors.Add("recipients", $"At most {MaxRecipients} recipients.");
        }
        else
        {
            for (var i = 0; i < request.Recipients.Count; i++)
            {
                var address = request.Recipients[i];
                errors.When(address is null || address.Length > 254 || !EmailAddress.IsPlausible(address.Trim()), $"recipients[{i}]", "Not an email address.");
            }
        }

        return errors;
    }
}
