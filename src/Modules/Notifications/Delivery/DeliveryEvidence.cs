using ComplianceHub.Notifications.Channels;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// Keeps every delivery attempt as evidence (the address encrypted) and writes it to the audit trail in the same
/// transaction (Art. 5(2)): what was sent, on which channel, to whom (by id), when, and with what result.
/// </summary>
public sealed class DeliveryEvidence(NotificationsDbContext db, IAuditTrail audit, PersonalDataProtector personalData, TimeProvider clock)
{
    /// <summary>Records one attempt and answers its id.</summary>
    internal async Task<Guid> RecordAsync(AttemptEvidence evidence, CancellationToken cancellationToken)
    {
        var (alertId, channel, recipientId, level, outcome) = evidence;
        var id = NewId.NextGuid();
        var attempt = new DeliveryAttempt
        {
            Id = id,
            AlertId = alertId,
            Channel = channel,
            RecipientId = recipientId,
            Address = personalData.ProtectOptional(evidence.Address, id, nameof(DeliveryAttempt.Address)),
            At = Instants.Normalize(clock.GetUtcNow()),
            Outcome = outcome,
            ProviderMessageId = Truncate(evidence.ProviderMessageId, 300),
            Error = Truncate(evidence.Error, 500),
            Level = level,
        };
        db.DeliveryAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        var organization = db.Alerts.Local.FirstOrDefault(a => a.Id == alertId)?.OrganizationId
            ?? await db.Alerts.Where(a => a.Id == alertId).Select(a => a.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(AuditTypes.NotificationDeliveryAttempt, AuditRecord.SystemActor, $"alert/{alertId}", new Dictionary<string, string?>
            {
                ["attempt"] = id.ToString(),
                ["channel"] = channel.ToString(),
                ["recipient"] = recipientId.ToString(),
                ["outcome"] = outcome.ToString(),
                ["providerMessageId"] = attempt.ProviderMessageId,
                ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            OrganizationId: organization),
            db,
            cancellationToken);
        return id;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
