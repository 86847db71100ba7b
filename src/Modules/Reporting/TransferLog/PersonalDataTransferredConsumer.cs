using ComplianceHub.Notifications.Contracts;
using MassTransit;

namespace ComplianceHub.Reporting.TransferLog;

/// <summary>Records a transfer a delivery performed, once per delivery attempt, for the quarterly transfer audit.</summary>
public sealed class PersonalDataTransferredConsumer(ReportingDbContext db) : IConsumer<PersonalDataTransferred>
{
    public async Task Consume(ConsumeContext<PersonalDataTransferred> context)
    {
        var transferred = context.Message;
        if (await db.PerformedTransfers.AnyAsync(t => t.DeliveryAttemptId == transferred.DeliveryAttemptId, context.CancellationToken))
        {
            return;
        }

        db.PerformedTransfers.Add(new PerformedTransfer
        {
            DeliveryAttemptId = transferred.DeliveryAttemptId,
            OrganizationId = transferred.OrganizationId,
            TransferId = transferred.TransferId,
            Basis = transferred.Basis,
            Channel = transferred.Channel,
            Recipient = transferred.Recipient,
            DestinationCountry = transferred.DestinationCountry,
            TransferredAt = Instants.Normalize(transferred.TransferredAt),
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
