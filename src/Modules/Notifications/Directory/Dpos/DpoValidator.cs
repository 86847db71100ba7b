using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>Checks a DPO body field by field; the rules that need the database (deputy, group DPO) are in the endpoints.</summary>
internal static partial class DpoValidator
{
    public static DpoFields? Validate(DpoRequest request, ValidationErrors errors)
    {
        errors.Text("name", request.Name, DpoLimits.NameLength, required: true, multiline: false);
        errors.Text("email", request.Email, DpoLimits.EmailLength, required: true, multiline: false);
        errors.Text("userId", request.UserId, DpoLimits.UserIdLength, required: false, multiline: false);
        errors.When(request.Email is { Length: > 0 } email && !EmailAddress.IsPlausible(email.Trim()), "email", "Not an email address.")
            .When(request.Phone is not null && !E164().IsMatch(request.Phone), "phone", "E.164: '+' and 8 to 15 digits, e.g. +4930123456.");
        errors.When(!IsIanaZone(request.TimeZone), "timeZone", "An IANA time zone that exists, e.g. \"Europe/Berlin\".");

        var workingHours = WorkingHoursValidator.Validate(request.WorkingHours, errors);
        var holidays = Holidays(request.Holidays, errors);
        var countries = Countries(request.Countries, errors);
        var preferences = ChannelPreferencesValidator.Validate(request.ChannelPreferences, errors);
        if (!errors.IsValid)
        {
            return null;
        }

        return new DpoFields(
            request.Name!.Trim(),
            request.Email!.Trim(),
            request.Phone,
            string.IsNullOrWhiteSpace(request.UserId) ? null : request.UserId.Trim(),
            request.TimeZone!,
            workingHours,
            holidays,
            countries,
            request.IsGroupDpo,
            preferences,
            request.DeputyId);
    }

    private static List<DateOnly> Holidays(IReadOnlyList<string>? values, ValidationErrors errors)
    {
        var holidays = new List<DateOnly>();
        values ??= [];
        errors.When(values.Count > DpoLimits.MaxHolidays, "holidays", $"At most {DpoLimits.MaxHolidays} dates.");
        for (var i = 0; i < values.Count && i < DpoLimits.MaxHolidays; i++)
        {
            if (DateOnly.TryParseExact(values[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                holidays.Add(date);
            }
            else
            {
                errors.Add($"holidays[{i}]", "A date as yyyy-MM-dd.");
            }
        }

        return [.. holidays.Distinct().Order()];
    }

    private static List<string> Countries(IReadOnlyList<string>? values, ValidationErrors errors)
    {
        values ??= [];
        errors.When(values.Count > DpoLimits.MaxCountries, "countries", $"At most {DpoLimits.MaxCountries} countries.");
        for (var i = 0; i < values.Count && i < DpoLimits.MaxCountries; i++)
        {
            errors.When(!CountryCode.IsValid(values[i]), $"countries[{i}]", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsIanaZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            // Windows ids resolve on every OS too; only IANA ids are accepted, as the product brief requires.
            return TimeZoneInfo.FindSystemTimeZoneById(id).HasIanaId;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\+[0-9]{8,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
