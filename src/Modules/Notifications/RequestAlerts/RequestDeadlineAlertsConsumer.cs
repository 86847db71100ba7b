using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.Notifications.RaiseAlert;
using MassTransit;

namespace ComplianceHub.Notifications.RequestAlerts;

/// <summary>
/// Rights-request deadlines become alerts to the DPO (Art. 12(3)): a reminder before the deadline is High, a missed
/// deadline Critical. The events carry ids, type and dates only, and so do the alerts: never who asked.
/// </summary>
public sealed class RequestDeadlineAlertsConsumer(AlertIntake intake) :
    IConsumer<DataSubjectRequestDeadlineApproaching>,
    IConsumer<DataSubjectRequestOverdue>
{
    public Task Consume(ConsumeContext<DataSubjectRequestDeadlineApproaching> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<DataSubjectRequestOverdue> context) => intake.RaiseForAsync(context, Alert(context.Message));

    private static NewAlert Alert(DataSubjectRequestDeadlineApproaching due) => NewAlert.ForEvent(AlertType.RequestDeadline, AlertPriority.High, due.OrganizationId,
        "Rights request deadline approaching",
        $"{due.RequestType} request {due.RequestId} is unanswered: {due.Remaining.TotalDays:0.#} days left until its Art. 12(3) deadline ({due.DueAt:yyyy-MM-dd HH:mm} UTC).",
        $"data-subject-requests/{due.RequestId}/reminder-{due.Reminder}-{due.DueAt.UtcTicks}", due.DueAt);

    private static NewAlert Alert(DataSubjectRequestOverdue overdue) => NewAlert.ForEvent(AlertType.RequestDeadline, AlertPriority.Critical, overdue.OrganizationId,
        "Rights request overdue",
        $"{overdue.RequestType} request {overdue.RequestId} was not answered by its Art. 12(3) deadline ({overdue.DueAt:yyyy-MM-dd HH:mm} UTC). Answer now.",
        $"data-subject-requests/{overdue.RequestId}/overdue-{overdue.DueAt.UtcTicks}", overdue.DueAt);
}
