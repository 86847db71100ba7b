using ComplianceHub.Security.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// Stores an alert and publishes SecurityAlertRaised (and, for a potential breach, PotentialBreachDetected) through
/// the outbox: the caller's one SaveChanges commits them together.
/// </summary>
public sealed class AlertWriter(SecurityDbContext db, TimeProvider clock, ILogger<AlertWriter> logger)
{
    internal async Task<SecurityAlert> RaiseAsync(IPublishEndpoint publish, NewSecurityAlert alert, CancellationToken cancellationToken)
    {
        var stored = new SecurityAlert
        {
            Id = NewId.NextSequentialGuid(),
            OrganizationId = alert.OrganizationId,
            Type = alert.Type,
            Priority = alert.Priority,
            Rule = alert.Rule,
            Title = alert.Title,
            Summary = alert.Summary,
            Subject = alert.Subject,
            Country = alert.Country,
            OccurredAt = alert.OccurredAt,
            RaisedAt = clock.GetUtcNow(),
            EventId = alert.EventId,
            PotentialBreach = alert.PotentialBreach is not null,
        };
        db.Alerts.Add(stored);
        await publish.Publish(
            new SecurityAlertRaised
            {
                SecurityAlertId = stored.Id,
                OrganizationId = stored.OrganizationId,
                Type = stored.Type.ToString(),
                Priority = stored.Priority.ToString(),
                Title = stored.Title,
                Summary = stored.Summary,
                Country = stored.Country,
                OccurredAt = stored.OccurredAt,
            },
            cancellationToken);
        if (alert.PotentialBreach is { } breach)
        {
            // The detection id is the alert id: one breach per alert however often this is delivered (Art. 33(1) clock).
            await publish.Publish(
                new PotentialBreachDetected
                {
                    DetectionId = stored.Id,
                    OrganizationId = stored.OrganizationId,
                    Rule = stored.Rule,
                    Summary = stored.Summary,
                    DetectedAt = stored.RaisedAt,
                    AffectedCountries = stored.Country is { } country ? [country] : [],
                    ApproxRecordsAffected = breach.ApproxRecordsAffected,
                    EvidenceReference = $"security-alerts/{stored.Id}",
                },
                cancellationToken);
        }

        logger.LogInformation("Security alert {SecurityAlertId} ({Rule}, {Priority}) raised for organisation {OrganizationId}; potential breach: {PotentialBreach}",
            stored.Id, stored.Rule, stored.Priority, stored.OrganizationId, stored.PotentialBreach);
        return stored;
    }
}
