using ComplianceHub.Reporting.Contracts;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>
/// Tells other modules about a change of the transfer register, through the outbox in the change's own transaction:
/// the change and its message are stored together or not at all (ADR 0017).
/// </summary>
internal static class TransferEvents
{
    public static Task PublishAsync(IModuleOutbox<ReportingDbContext> outbox, Transfer transfer, bool removed, DateTimeOffset at, CancellationToken cancellationToken) =>
        outbox.PublishEndpoint.Publish(
            new TransferRegisterChanged
            {
                TransferId = transfer.Id,
                OrganizationId = transfer.OrganizationId,
                Revision = transfer.Revision,
                Recipient = transfer.Recipient,
                DestinationCountry = transfer.DestinationCountry,
                Mechanism = transfer.Mechanism.ToString(),
                ImpactAssessedOn = transfer.ImpactAssessedOn,
                ExpiresOn = transfer.ExpiresOn,
                Removed = removed,
                ChangedAt = at,
            },
            cancellationToken);
}
