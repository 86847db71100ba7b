using System.Globalization;

namespace ComplianceHub.Notifications.Directory.Dpos;

/// <summary>Working windows: a weekday name, HH:mm start before end (no overnight window), no overlap on one day.</summary>
internal static class WorkingHoursValidator
{
    public static List<WorkingPeriod> Validate(IReadOnlyList<WorkingPeriodRequest>? values, ValidationErrors errors)
    {
        values ??= [];
        errors.When(values.Count > DpoLimits.MaxWorkingPeriods, "workingHours", $"At most {DpoLimits.MaxWorkingPeriods} windows.");
        var parsed = new List<(int Index, WorkingPeriod Period)>();
        for (var i = 0; i < values.Count && i < DpoLimits.MaxWorkingPeriods; i++)
        {
            if (Parse(values[i], $"workingHours[{i}]", errors) is { } period)
            {
                parsed.Add((i, period));
            }
        }

        foreach (var day in parsed.GroupBy(p => p.Period.Day))
        {
            var ordered = day.OrderBy(p => p.Period.Start).ToList();
            for (var j = 1; j < ordered.Count; j++)
            {
                errors.When(ordered[j].Period.Start < ordered[j - 1].Period.End, $"workingHours[{ordered[j].Index}]", $"Overlaps another {day.Key} window.");
            }
        }

        return [.. parsed.Select(p => p.Period).OrderBy(p => p.Day).ThenBy(p => p.Start)];
    }

    private static WorkingPeriod? Parse(WorkingPeriodRequest? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, "Required.");
            return null;
        }

        var day = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d => string.Equals(d.ToString(), value.Day, StringComparison.OrdinalIgnoreCase));
        errors.When(day is null, $"{field}.day", "A weekday name, e.g. \"Monday\".");
        var start = Time(value.Start, $"{field}.start", errors);
        var end = Time(value.End, $"{field}.end", errors);
        if (start is not null && end is not null && end <= start)
        {
            errors.Add($"{field}.end", "Must be after start (windows do not cross midnight: split them).");
            return null;
        }

        return day is { } d && start is { } s && end is { } e ? new WorkingPeriod(d, s, e) : null;
    }

    private static TimeOnly? Time(string? value, string field, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, "A local time as HH:mm, e.g. \"09:00\".");
        return null;
    }
}
