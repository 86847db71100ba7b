using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using static ComplianceHub.DataSubjectRequests.ReceiveRequest.ReceiveRequestExamples;

namespace ComplianceHub.DataSubjectRequests.ExtendDeadline;

/// <summary>
/// <see cref="ReceiveRequestExamples"/>'s request extended by two months, the subject told first (Art. 12(3)).
/// </summary>
internal static class ExtendDeadlineExamples
{
    public static readonly DateTimeOffset NoticeSentAt = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ExtendedAt = NoticeSentAt.AddMinutes(5);

    /// <summary>Extended by two months counted from the first due date: the end of 28 April, Berlin summer time (Art. 12(3)).</summary>
    public static readonly DateTimeOffset ExtendedDueAt = new DateTimeOffset(2026, 4, 28, 21, 59, 59, TimeSpan.Zero).AddTicks(9_999_990);

    public const string ExtensionReason = "The CRM export covers twelve years of order history and needs a manual review.";

    public static readonly ExtendDeadlineRequest Extend = new() { AdditionalMonths = 2, Reason = ExtensionReason, NoticeSentAt = NoticeSentAt };

    public static readonly RequestStateView Extended = new(Id, "InProgress", ExtendedDueAt, false, 2);
}
