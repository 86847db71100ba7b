namespace ComplianceHub.Reporting.Schedules;

/// <summary>PUT body of <c>/report-schedules/{type}</c>. <c>revision</c>, when given, must be the one last read (409 otherwise).</summary>
public sealed record ReportScheduleRequest(string? Cron, string? TimeZone, bool? Enabled, IReadOnlyList<string>? Recipients, int? Revision = null);
