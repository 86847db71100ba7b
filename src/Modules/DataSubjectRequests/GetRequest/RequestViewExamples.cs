using ComplianceHub.DataSubjectRequests.FulfilmentSystems;
using static ComplianceHub.DataSubjectRequests.CompleteTask.CompleteTaskExamples;
using static ComplianceHub.DataSubjectRequests.ExtendDeadline.ExtendDeadlineExamples;
using static ComplianceHub.DataSubjectRequests.ReceiveRequest.ReceiveRequestExamples;
using static ComplianceHub.DataSubjectRequests.Respond.RespondExamples;
using static ComplianceHub.DataSubjectRequests.VerifyIdentity.VerifyIdentityExamples;

namespace ComplianceHub.DataSubjectRequests.GetRequest;

/// <summary>The story of <see cref="ReceiveRequest.ReceiveRequestExamples"/> as <c>GET</c> shows it: while it runs (the list) and once answered.</summary>
internal static class RequestViewExamples
{
    private const string Dpo = "jwt:dpo@example.eu";
    private const string Crm = "key:6e1f0a3b-8c2d-4b5e-9f7a-1d2c3b4a5e6f";

    /// <summary>The request after its extension, its CRM task sent and not yet done (no timeline in a list).</summary>
    public static readonly List<RequestView> Page =
    [
        View("InProgress", ExtendedDueAt) with { Tasks = [TaskOf("Sent", null, null, null)] },
    ];

    public static readonly RequestView Detail = View("Responded", ExtendedDueAt) with
    {
        Tasks = [TaskOf("Completed", TaskCompletedAt, "Exported", Evidence)],
        RespondedAt = SentAt,
        Outcome = "Fulfilled",
        Timeline =
        [
            new(RecordedAt, "Received", Dpo, $"Access request received {ReceivedAt.ToUniversalTime():O} via email; due {FirstDueAt:O} (Europe/Berlin)."),
            new(VerifiedAt, "IdentityVerified", Dpo, "Identity verified (email-challenge)."),
            new(VerifiedAt, "FannedOut", Dpo, "1 fulfilment task(s) created."),
            new(VerifiedAt.AddSeconds(2), "TaskSent", "system", $"Task {TaskId} sent to CRM by webhook."),
            new(ExtendedAt, "Extended", Dpo, $"Extended by 2 month(s) (2 in total); subject told {NoticeSentAt:O}; due {ExtendedDueAt:O}."),
            new(TaskCompletedAt, "TaskCompleted", Crm, $"Task {TaskId} (CRM): Exported."),
            new(TaskCompletedAt, "AllTasksDone", Crm, "All 1 fulfilment tasks are done."),
            new(SentAt.AddMinutes(5), "Responded", Dpo, $"Answered {SentAt:O}: Fulfilled."),
        ],
    };

    private static RequestView View(string status, DateTimeOffset dueAt) => new()
    {
        Id = Id,
        OrganizationId = OrganizationId,
        Type = "Access",
        Status = status,
        Channel = "email",
        Country = "DE",
        TimeZone = "Europe/Berlin",
        ReceivedAt = ReceivedAt.ToUniversalTime(),
        DueAt = dueAt,
        Overdue = false,
        ClockStopped = false,
        Subject = new SubjectView("Erika Mustermann", "erika@example.eu", "CUST-1042"),
        Description = Receive.Description,
        IdentityOutcome = "Verified",
        IdentityMethod = "email-challenge",
        Extension = new ExtensionView(2, ExtensionReason, ExtendedAt, NoticeSentAt),
        Pauses = [],
        Tasks = [],
    };

    private static TaskView TaskOf(string status, DateTimeOffset? completedAt, string? outcome, string? evidence) =>
        new(TaskId, FulfilmentSystemExamples.Id, "CRM", "Webhook", status, VerifiedAt.AddSeconds(2), completedAt, outcome, evidence);
}
