using ComplianceHub.Breaches.Contracts;
using ComplianceHub.Notifications.Data;
using ComplianceHub.Notifications.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.BreachAlerts;

/// <summary>
/// A reported breach is a Critical alert for the DPO: the Art. 33(1) clock is running. Idempotent by source, so a
/// redelivered event never raises a second alert.
/// </summary>
public sealed class BreachReportedConsumer(
    NotificationsDbContext db, TimeProvider clock, ILogger<BreachReportedConsumer> logger) : IConsumer<BreachReported>
{
    public async Task Consume(ConsumeContext<BreachReported> context)
    {
        var breach = context.Message;
        var source = $"breaches/{breach.BreachId}";
        if (await db.Alerts.AnyAsync(a => a.Source == source && a.Type == AlertType.DataBreach, context.CancellationToken))
        {
            logger.LogInformation("Alert for {Source} exists; duplicate {MessageId} acknowledged", source, context.MessageId);
            return;
        }

        db.Alerts.Add(new Alert
        {
            Id = NewId.NextGuid(),
            OrganizationId = breach.OrganizationId,
            Type = AlertType.DataBreach,
            Priority = AlertPriority.Critical,
            Title = "Personal data breach reported",
            Body = BreachAlertText.For(breach),
            Source = source,
            Country = breach.AffectedCountries.Count == 1 ? breach.AffectedCountries[0] : null,
            Deadline = breach.AuthorityDeadline,
            RaisedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Critical alert raised for {Source}", source);
    }
}
