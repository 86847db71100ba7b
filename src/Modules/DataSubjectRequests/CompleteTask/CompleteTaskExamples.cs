using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using static ComplianceHub.DataSubjectRequests.ExtendDeadline.ExtendDeadlineExamples;
using static ComplianceHub.DataSubjectRequests.ReceiveRequest.ReceiveRequestExamples;

namespace ComplianceHub.DataSubjectRequests.CompleteTask;

/// <summary>
/// The one fulfilment task of <see cref="ReceiveRequestExamples"/>'s request, done by the CRM with its export.
/// </summary>
internal static class CompleteTaskExamples
{
    public static readonly Guid TaskId = Guid.Parse("c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f");
    public static readonly DateTimeOffset TaskCompletedAt = new(2026, 3, 3, 14, 10, 0, TimeSpan.Zero);

    public const string Evidence = "export-2026-03-03-0042";

    public static readonly CompleteTaskRequest Complete = new() { Outcome = "Exported", Evidence = Evidence };

    public static readonly RequestStateView Completed = new(Id, "AllTasksDone", ExtendedDueAt, false, 2);
}
