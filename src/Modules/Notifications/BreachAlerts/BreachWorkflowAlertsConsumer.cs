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
    public Task Consume(ConsumeContext<AuthorityNotificationDue> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<AuthorityNotificationDeadlineMissed> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<DataSubjectCommunicationRequired> context) => intake.RaiseForAsync(context, Alert(context.Message));

    public Task Consume(ConsumeContext<ControllerNotificationDue> context) => intake.RaiseForAsync(context, Alert(context.Message));

    private static NewAlert Alert(AuthorityNotificationDue due) => NewAlert.ForEvent(AlertType.DataBreach, AlertPriority.High, due.OrganizationId,
        "Supervisory authority not yet notified",
        $"Breach {due.BreachId}: {due.Remaining.TotalHours:0.#} hours left until the Art. 33(1) deadline ({due.AuthorityDeadline:yyyy-MM-dd HH:mm} UTC). Not yet notified: {string.Join(", ", due.OutstandingAuthorities)}.",
        $"breaches/{due.BreachId}/reminder-{due.Reminder}", due.AuthorityDeadline);

    private static NewAlert Alert(ControllerNotificationDue due) => NewAlert.ForEvent(AlertType.DataBreach, AlertPriority.High, due.OrganizationId,
        "Controller not yet told of the breach",
        $"Breach {due.BreachId} was reported by us as processor: tell the controller without undue delay (Art. 33(2)).",
        $"breaches/{due.BreachId}/controller-notification");

    private static NewAlert Alert(DataSubjectCommunicationRequired required) => NewAlert.ForEvent(AlertType.DataBreach, AlertPriority.High, required.OrganizationId,
        "High-risk breach: tell the people affected",
        $"Breach {required.BreachId} was assessed as high risk: about {required.ApproxSubjectsAffected} people in {string.Join(", ", required.AffectedCountries)} must be told without undue delay (Art. 34(1)), unless an Art. 34(3) exemption applies.",
        $"breaches/{required.BreachId}/subject-communication");

    private static NewAlert Alert(AuthorityNotificationDeadlineMissed missed) => NewAlert.ForEvent(AlertType.DataBreach, AlertPriority.Critical, missed.OrganizationId,
        "Art. 33 deadline missed",
        $"Breach {missed.BreachId}: 72 hours passed at {missed.AuthorityDeadline:yyyy-MM-dd HH:mm} UTC without notifying {string.Join(", ", missed.OutstandingAuthorities)}. Notify now, with the reasons for the delay (Art. 33(1)).",
        $"breaches/{missed.BreachId}/deadline-missed", missed.AuthorityDeadline);
}
