using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Notifications.RaiseAlert;

/// <summary>
/// Raises an alert: the record (text encrypted) and <see cref="AlertRaised"/> in the caller's unit of work, which starts
/// routing, delivery and escalation. The same source and type raise one alert however often they are reported.
/// </summary>
public sealed class AlertIntake(NotificationsDbContext db, PersonalDataProtector personalData, TimeProvider clock)
{
    /// <summary>The alert, and whether it is new (false: an alert with this source and type existed).</summary>
    internal async Task<(Alert Alert, bool Created)> RaiseAsync(NewAlert request, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        if (request.Source is { } source
            && await db.Alerts.SingleOrDefaultAsync(a => a.Source == source && a.Type == request.Type, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var id = NewId.NextGuid();
        var alert = new Alert
        {
            Id = id,
            OrganizationId = request.OrganizationId,
            Type = request.Type,
            Priority = request.Priority,
            Title = personalData.Protect(request.Title, id, nameof(Alert.Title)),
            Body = personalData.Protect(request.Body, id, nameof(Alert.Body)),
            Source = request.Source ?? $"api/{id}",
            CorrelationId = request.CorrelationId,
            Country = request.Country?.ToUpperInvariant(),
            Deadline = request.Deadline is { } deadline ? Instants.Normalize(deadline) : null,
            RaisedAt = Instants.Normalize(clock.GetUtcNow()),
        };
        db.Alerts.Add(alert);
        await publish.Publish(
            new AlertRaised
            {
                AlertId = alert.Id,
                OrganizationId = alert.OrganizationId,
                Type = alert.Type.ToString(),
                Priority = alert.Priority.ToString(),
                Country = alert.Country,
                Deadline = alert.Deadline,
                RaisedAt = alert.RaisedAt,
            },
            cancellationToken);
        return (alert, true);
    }

    /// <summary>Raises an alert for an event and saves it in the consumer's unit of work (with its inbox row).</summary>
    internal async Task<(Alert Alert, bool Created)> RaiseForAsync(ConsumeContext context, NewAlert request)
    {
        var raised = await RaiseAsync(request, context, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        return raised;
    }
}
