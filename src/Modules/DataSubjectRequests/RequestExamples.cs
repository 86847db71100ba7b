using ComplianceHub.DataSubjectRequests.CompleteTask;
using ComplianceHub.DataSubjectRequests.ExtendDeadline;
using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using ComplianceHub.DataSubjectRequests.Respond;
using ComplianceHub.DataSubjectRequests.VerifyIdentity;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>
/// The examples the OpenAPI document shows for the request operations: one fictitious Access request (Art. 15),
/// received, identity verified, extended (Art. 12(3)), its one fulfilment task done, answered.
/// </summary>
internal static class RequestExamples
{
    public static readonly Guid Id = Guid.Parse("5a0d8e21-7c3b-4f9e-a1d2-3b4c5d6e7f80");
    public static readonly Guid OrganizationId = Guid.Parse("3f6b2a90-1c4d-4e7f-8a9b-0c1d2e3f4a5b");
    public static readonly Guid TaskId = Guid.Parse("c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f");
    public static readonly DateTimeOffset ReceivedAt = new(2026, 1, 31, 10, 15, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset RecordedAt = new(2026, 1, 31, 9, 20, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset VerifiedAt = new(2026, 2, 2, 8, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset NoticeSentAt = new(2026, 2, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ExtendedAt = NoticeSentAt.AddMinutes(5);
    public static readonly DateTimeOffset TaskCompletedAt = new(2026, 3, 3, 14, 10, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SentAt = new(2026, 3, 5, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Received 31 January in Berlin: due at the end of 28 February, Berlin time (Reg. 1182/71).</summary>
    public static readonly DateTimeOffset FirstDueAt = new DateTimeOffset(2026, 2, 28, 22, 59, 59, TimeSpan.Zero).AddTicks(9_999_990);

    /// <summary>Extended by two months counted from the first due date: the end of 28 April, Berlin summer time (Art. 12(3)).</summary>
    public static readonly DateTimeOffset ExtendedDueAt = new DateTimeOffset(2026, 4, 28, 21, 59, 59, TimeSpan.Zero).AddTicks(9_999_990);

    public const string ExtensionReason = "The CRM export covers twelve years of order history and needs a manual review.";
    public const string Evidence = "export-2026-03-03-0042";

    public static readonly ReceiveRequestRequest Receive = new()
    {
        Type = "Access",
        ReceivedAt = ReceivedAt,
        Channel = "email",
        Country = "DE",
        Subject = new SubjectRequest { Name = "Erika Mustermann", Email = "erika@example.eu", Identifier = "CUST-1042" },
        Description = "Copy of all data you hold about me (Art. 15).",
    };

    public static readonly RequestAccepted Accepted = new(Id, FirstDueAt);

    public static readonly VerifyIdentityRequest Verify = new() { Outcome = "Verified", Method = "email-challenge" };

    public static readonly RequestStateView Verified = new(Id, "InProgress", FirstDueAt, false, 0);

    public static readonly ExtendDeadlineRequest Extend = new() { AdditionalMonths = 2, Reason = ExtensionReason, NoticeSentAt = NoticeSentAt };

    public static readonly RequestStateView Extended = new(Id, "InProgress", ExtendedDueAt, false, 2);

    public static readonly CompleteTaskRequest Complete = new() { Outcome = "Exported", Evidence = Evidence };

    public static readonly RequestStateView Completed = new(Id, "AllTasksDone", ExtendedDueAt, false, 2);

    public static readonly RespondRequest Respond = new() { SentAt = SentAt, Outcome = "Fulfilled" };

    public static readonly RequestStateView Responded = new(Id, "Responded", ExtendedDueAt, false, 2);
}
