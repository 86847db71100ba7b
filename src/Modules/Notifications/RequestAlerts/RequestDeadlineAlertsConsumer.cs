using System.Globalization;
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
    public Task Consume(ConsumeContext<DataSubjectRequestDeadlineApproaching> context)
    {
        var due = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = due.OrganizationId,
            Type = AlertType.RequestDeadline,
            Priority = AlertPriority.High,
            Title = "Rights request deadline approaching",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"{due.RequestType} request {due.RequestId} is unanswered: {due.Remaining.TotalDays:0.#} days left until its Art. 12(3) deadline ({due.DueAt:yyyy-MM-dd HH:mm} UTC)."),
            Source = $"data-subject-requests/{due.RequestId}/reminder-{due.Reminder}-{due.DueAt.UtcTicks}",
            Deadline = due.DueAt,
        });
    }

    public Task Consume(ConsumeContext<DataSubjectRequestOverdue> context)
    {
        var overdue = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = overdue.OrganizationId,
            Type = AlertType.RequestDeadline,
            Priority = AlertPriority.Critical,
            Title = "Rights request overdue",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"{overdue.RequestType} request {overdue.RequestId} was not answered by its Art. 12(3) deadline ({overdue.DueAt:yyyy-MM-dd HH:mm} UTC). Answer now."),
            Source = $"data-subject-requests/{overdue.RequestId}/overdue-{overdue.DueAt.UtcTicks}",
            Deadline = overdue.DueAt,
        });
    }
}
