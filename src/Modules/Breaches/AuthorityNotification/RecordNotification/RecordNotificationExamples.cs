using ComplianceHub.Breaches.ReportBreach;
using static ComplianceHub.Breaches.ReportBreach.ReportBreachExamples;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The lead authority's notification of <see cref="ReportBreachExamples"/>'s breach, submitted at 30 hours.</summary>
internal static class RecordNotificationExamples
{
    public static readonly RecordAuthorityNotificationRequest Notification = new()
    {
        AuthorityCountry = "DE",
        SubmittedAt = AwareAt.AddHours(30),
        Reference = "BfDI-2026-00421",
        Phase = "Initial",
    };

    public static readonly AuthorityNotificationView NotificationRecorded = new()
    {
        Id = Guid.Parse("7b41e2d9-0c6a-4d35-b8f2-9e1a3c5d7f60"),
        AuthorityCountry = "DE",
        Phase = "Initial",
        SubmittedAt = AwareAt.AddHours(30),
        Reference = "BfDI-2026-00421",
        Late = false,
        RecordedAt = AwareAt.AddHours(30).AddMinutes(12),
    };
}
