namespace ComplianceHub.Notifications.Tests.Directory;

internal static class TestDpos
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A Berlin DPO working Monday to Friday, 09:00–17:30.</summary>
    public static Dpo Berlin(params DateOnly[] holidays) =>
        Make("Europe/Berlin", [.. Weekdays(new TimeOnly(9, 0), new TimeOnly(17, 30))], holidays);

    public static Dpo Make(string timeZone, List<WorkingPeriod> workingHours, params DateOnly[] holidays) => new()
    {
        Id = Guid.NewGuid(),
        Name = "n",
        Email = "e",
        TimeZone = timeZone,
        WorkingHours = workingHours,
        Holidays = [.. holidays],
        CreatedAt = Epoch,
    };

    public static Dpo Covering(int createdMinute, bool isGroup, params string[] countries) => new()
    {
        Id = Guid.NewGuid(),
        Name = "n",
        Email = "e",
        TimeZone = "Europe/Berlin",
        Countries = [.. countries],
        IsGroupDpo = isGroup,
        CreatedAt = Epoch.AddMinutes(createdMinute),
    };

    public static IEnumerable<WorkingPeriod> Weekdays(TimeOnly start, TimeOnly end) =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingPeriod(d, start, end));

    public static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
