namespace ComplianceHub.Notifications.Directory.Dpos;

internal static class DpoLimits
{
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int UserIdLength = 200;
    public const int MaxWorkingPeriods = 50;
    public const int MaxHolidays = 366;
    public const int MaxCountries = 60;
}
