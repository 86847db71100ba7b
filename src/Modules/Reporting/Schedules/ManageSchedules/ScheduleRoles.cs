namespace ComplianceHub.Reporting.Schedules;

internal static class ScheduleRoles
{
    public static readonly string[] Writers = [Roles.Admin, Roles.Dpo];

    public static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.Auditor];
}
