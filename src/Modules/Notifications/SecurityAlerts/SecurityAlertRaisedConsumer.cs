using ComplianceHub.Notifications.RaiseAlert;
using ComplianceHub.Security.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.SecurityAlerts;

/// <summary>
/// The Security module's alerts (access control, encryption status, backup verification, vulnerability scans) go to
/// the DPOs like any other alert, with the type and priority its rules decided. Unknown values are not guessed: such an
/// event is refused (it would otherwise reach nobody at the wrong priority).
/// </summary>
public sealed class SecurityAlertRaisedConsumer(AlertIntake intake, ILogger<SecurityAlertRaisedConsumer> logger)
    : IConsumer<SecurityAlertRaised>
{
    public async Task Consume(ConsumeContext<SecurityAlertRaised> context)
    {
        var raised = context.Message;
        if (!Enum.TryParse<AlertType>(raised.Type, out var type) || !Enum.IsDefined(type)
            || !Enum.TryParse<AlertPriority>(raised.Priority, out var priority) || !Enum.IsDefined(priority))
        {
            logger.LogError("Security alert {SecurityAlertId} has an unknown type or priority; refused", raised.SecurityAlertId);
            throw new InvalidOperationException($"Security alert {raised.SecurityAlertId}: unknown type or priority.");
        }

        await intake.RaiseForAsync(
            context,
            new NewAlert
            {
                OrganizationId = raised.OrganizationId,
                Type = type,
                Priority = priority,
                Title = raised.Title,
                Body = raised.Summary,
                Source = $"security/{raised.SecurityAlertId}",
                Country = raised.Country,
            });
    }
}
