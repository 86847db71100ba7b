using ComplianceHub.Notifications.Delivery;
using ComplianceHub.Shared.Audit;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>
/// Keeps every attempt to email a report as evidence (the address encrypted) and writes it to the audit trail in the
/// same transaction (Art. 5(2)): which report, to which recipient (by position), when, with what result.
/// </summary>
public sealed class ReportDeliveryEvidence(NotificationsDbContext db, IAuditTrail audit, PersonalDataProtector personalData, TimeProvider clock)
{
    /// <summary>The attempt's id.</summary>
    internal async Task<Guid> RecordAsync(SendReportEmails send, int index, DeliveryOutcome outcome, string? messageId, string? error, CancellationToken cancellationToken)
    {
        var id = NewId.NextGuid();
        var attempt = new ReportDeliveryAttempt
        {
            Id = id,
            ReportId = send.ReportId,
            OrganizationId = send.OrganizationId,
            RecipientIndex = index,
            Address = personalData.Protect(send.Recipients[index], id, nameof(ReportDeliveryAttempt.Address)),
            At = Instants.Normalize(clock.GetUtcNow()),
            Attempt = send.Attempt,
            Outcome = outcome,
            ProviderMessageId = Truncate(messageId, 300),
            Error = Truncate(error, 500),
        };
        db.ReportDeliveryAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditRecord(AuditTypes.ReportDeliveryAttempt, AuditRecord.SystemActor, $"report/{send.ReportId}", new Dictionary<string, string?>
            {
                ["attempt"] = id.ToString(),
                ["recipient"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["outcome"] = outcome.ToString(),
                ["providerMessageId"] = attempt.ProviderMessageId,
                ["try"] = send.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            OrganizationId: send.OrganizationId),
            db,
            cancellationToken);
        return id;
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
