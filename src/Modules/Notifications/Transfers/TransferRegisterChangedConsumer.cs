using ComplianceHub.Reporting.Contracts;
using MassTransit;

namespace ComplianceHub.Notifications.Transfers;

/// <summary>
/// Keeps the copy of the transfer register that the Chapter V check reads. Idempotent and order-proof: a message
/// applies only when it is newer than the copy (a higher revision, or the deletion of the same revision), so a
/// redelivered or late message never brings back an older state or a deleted entry.
/// </summary>
public sealed class TransferRegisterChangedConsumer(NotificationsDbContext db) : IConsumer<TransferRegisterChanged>
{
    public async Task Consume(ConsumeContext<TransferRegisterChanged> context)
    {
        var changed = context.Message;
        var copy = await db.TransferSafeguards.SingleOrDefaultAsync(t => t.TransferId == changed.TransferId, context.CancellationToken);
        if (copy is null)
        {
            copy = new TransferSafeguard { TransferId = changed.TransferId, Recipient = "", DestinationCountry = "", Mechanism = "" };
            db.TransferSafeguards.Add(copy);
        }
        else if (!IsNewer(changed, copy))
        {
            return;
        }

        copy.OrganizationId = changed.OrganizationId;
        copy.Revision = changed.Revision;
        copy.Recipient = changed.Recipient;
        copy.DestinationCountry = changed.DestinationCountry;
        copy.Mechanism = changed.Mechanism;
        copy.ImpactAssessedOn = changed.ImpactAssessedOn;
        copy.ExpiresOn = changed.ExpiresOn;
        copy.Removed = changed.Removed;
        copy.ChangedAt = Instants.Normalize(changed.ChangedAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    internal static bool IsNewer(TransferRegisterChanged changed, TransferSafeguard copy) =>
        !copy.Removed && (changed.Revision > copy.Revision || (changed.Revision == copy.Revision && changed.Removed));
}
