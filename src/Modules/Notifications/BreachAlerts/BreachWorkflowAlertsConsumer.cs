using System.Globalization;
using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Notifications.RaiseAlert;
using MassTransit;

namespace ComplianceHub.Notifications.BreachAlerts;

/// <summary>
/// The breach workflow's reminders and deadlines become alerts: a reminder is High, a missed Art. 33 deadline is
/// Critical, an Art. 34 duty and a processor's Art. 33(2) duty are High. Each event raises one alert (by source).
/// </summary>
public sealed class BreachWorkflowAlertsConsumer(AlertIntake intake) :
    IConsumer<AuthorityNotificationDue>,
    IConsumer<AuthorityNotificationDeadlineMissed>,
    IConsumer<DataSubjectCommunicationRequired>,
    IConsumer<ControllerNotificationDue>
{
    public Task Consume(ConsumeContext<AuthorityNotificationDue> context)
    {
        var due = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = due.OrganizationId,
            Type = AlertType.DataBreach,
            Priority = AlertPriority.High,
            Title = "Supervisory authority not yet notified",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"Breach {due.BreachId}: {due.Remaining.TotalHours:0.#} hours left until the Art. 33(1) deadline ({due.AuthorityDeadline:yyyy-MM-dd HH:mm} UTC). Not yet notified: {string.Join(", ", due.OutstandingAuthorities)}."),
            Source = $"breaches/{due.BreachId}/reminder-{due.Reminder}",
            Deadline = due.AuthorityDeadline,
        });
    }

    public Task Consume(ConsumeContext<AuthorityNotificationDeadlineMissed> context)
    {
        var missed = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = missed.OrganizationId,
            Type = AlertType.DataBreach,
            Priority = AlertPriority.Critical,
            Title = "Art. 33 deadline missed",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"Breach {missed.BreachId}: 72 hours passed at {missed.AuthorityDeadline:yyyy-MM-dd HH:mm} UTC without notifying {string.Join(", ", missed.OutstandingAuthorities)}. Notify now, with the reasons for the delay (Art. 33(1))."),
            Source = $"breaches/{missed.BreachId}/deadline-missed",
            Deadline = missed.AuthorityDeadline,
        });
    }

    public Task Consume(ConsumeContext<DataSubjectCommunicationRequired> context)
    {
        var required = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = required.OrganizationId,
            Type = AlertType.DataBreach,
            Priority = AlertPriority.High,
            Title = "High-risk breach: tell the people affected",
            Body = string.Create(CultureInfo.InvariantCulture,
                $"Breach {required.BreachId} was assessed as high risk: about {required.ApproxSubjectsAffected} people in {string.Join(", ", required.AffectedCountries)} must be told without undue delay (Art. 34(1)), unless an Art. 34(3) exemption applies."),
            Source = $"breaches/{required.BreachId}/subject-communication",
        });
    }

    public Task Consume(ConsumeContext<ControllerNotificationDue> context)
    {
        var due = context.Message;
        return intake.RaiseForAsync(context, new NewAlert
        {
            OrganizationId = due.OrganizationId,
            Type = AlertType.DataBreach,
            Priority = AlertPriority.High,
            Title = "Controller not yet told of the breach",
            Body = $"Breach {due.BreachId} was reported by us as processor: tell the controller without undue delay (Art. 33(2)).",
            Source = $"breaches/{due.BreachId}/controller-notification",
        });
    }
}
