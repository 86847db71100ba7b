using ComplianceHub.Reporting.Reports;
using Quartz;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>One Quartz job and one cron trigger per organisation and report type, named after both.</summary>
internal static class ScheduleKeys
{
    public const string Group = "report-schedules";
    public const string OrganizationKey = "organizationId";
    public const string TypeKey = "reportType";

    public static JobKey Job(Guid organizationId, ReportType type) => new(Name(organizationId, type), Group);

    public static TriggerKey Trigger(Guid organizationId, ReportType type) => new(Name(organizationId, type), Group);

    private static string Name(Guid organizationId, ReportType type) => $"{organizationId:N}.{type}";
}
