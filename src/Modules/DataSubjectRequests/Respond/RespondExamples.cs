using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using static ComplianceHub.DataSubjectRequests.ExtendDeadline.ExtendDeadlineExamples;
using static ComplianceHub.DataSubjectRequests.ReceiveRequest.ReceiveRequestExamples;

namespace ComplianceHub.DataSubjectRequests.Respond;

/// <summary>
/// The answer to <see cref="ReceiveRequestExamples"/>'s request, sent within the extended deadline.
/// </summary>
internal static class RespondExamples
{
    public static readonly DateTimeOffset SentAt = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);

    public static readonly RespondRequest Respond = new() { SentAt = SentAt, Outcome = "Fulfilled" };

    public static readonly RequestStateView Responded = new(Id, "Responded", ExtendedDueAt, false, 2);
}
