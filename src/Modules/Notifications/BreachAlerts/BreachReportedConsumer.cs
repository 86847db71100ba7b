using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Notifications.RaiseAlert;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.BreachAlerts;

/// <summary>
/// A reported breach is a Critical alert for the DPO: the Art. 33(1) clock is running. Idempotent by source, so a
/// redelivered event never raises a second alert.
/// </summary>
public sealed class BreachReportedConsumer(AlertIntake intake, ILogger<BreachReportedConsumer> logger) : IConsumer<BreachReported>
{
    public async Task Consume(ConsumeContext<BreachReported> context)
    {
        var breach = context.Message;
        var (alert, created) = await intake.RaiseForAsync(
            context,
            new NewAlert
            {
                OrganizationId = breach.OrganizationId,
                Type = AlertType.DataBreach,
                Priority = AlertPriority.Critical,
                Title = "Personal data breach reported",
                Body = BreachAlertText.For(breach),
                Source = $"breaches/{breach.BreachId}",
                Country = breach.AffectedCountries.Count == 1 ? breach.AffectedCountries[0] : null,
                Deadline = breach.AuthorityDeadline,
            });
        if (created)
        {
            logger.LogInformation("Critical alert raised for breach {BreachId}: {AlertId}", breach.BreachId, alert.Id);
        }
        else
        {
            logger.LogInformation("Alert {AlertId} for breach {BreachId} exists; duplicate acknowledged", alert.Id, breach.BreachId);
        }
    }
}
