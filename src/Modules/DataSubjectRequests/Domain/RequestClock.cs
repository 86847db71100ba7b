using ComplianceHub.Shared.Geography;

namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>The deadline of a stored request, recomputed from its receipt, pauses and extension.</summary>
internal static class RequestClock
{
    public static TimeZoneInfo Zone(DataSubjectRequest request) =>
        OrganizationTimeZones.Find(request.TimeZone) ?? TimeZoneInfo.Utc;

    public static bool Stopped(DataSubjectRequest request) => request.Pauses.Any(p => p.EndedAt is null);

    /// <summary>Closed pauses only: an open pause moves the deadline once it ends.</summary>
    public static TimeSpan ClosedPauses(DataSubjectRequest request) =>
        RequestDeadlines.Paused(request.Pauses.Where(p => p.EndedAt is not null).Select(p => (p.StartedAt, p.EndedAt)), DateTimeOffset.MaxValue);

    public static DateTimeOffset DueAt(DataSubjectRequest request) =>
        RequestDeadlines.DueAt(request.ReceivedAt, Zone(request), request.ExtensionMonths, ClosedPauses(request));

    /// <summary>The first month as it runs for this request: an open pause counts up to <paramref name="now"/>.</summary>
    public static DateTimeOffset FirstMonthEnds(DataSubjectRequest request, DateTimeOffset now) =>
        RequestDeadlines.FirstMonthEnds(request.ReceivedAt, Zone(request),
            RequestDeadlines.Paused(request.Pauses.Select(p => (p.StartedAt, p.EndedAt)), now));
}
