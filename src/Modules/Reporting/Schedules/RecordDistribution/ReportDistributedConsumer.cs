using ComplianceHub.Notifications.Contracts;
using MassTransit;

namespace ComplianceHub.Reporting.Schedules;

/// <summary>Records how a report's distribution ended, so the report view can show who-many received it.</summary>
public sealed class ReportDistributedConsumer(ReportingDbContext db) : IConsumer<ReportDistributed>
{
    public async Task Consume(ConsumeContext<ReportDistributed> context)
    {
        var message = context.Message;
        var distribution = await db.Distributions.SingleOrDefaultAsync(d => d.ReportId == message.ReportId, context.CancellationToken);
        if (distribution is null)
        {
            distribution = new ReportDistribution { Id = NewId.NextGuid(), ReportId = message.ReportId, OrganizationId = message.OrganizationId };
            db.Distributions.Add(distribution);
        }

        distribution.Recipients = message.RecipientCount;
        distribution.Delivered = message.DeliveredCount;
        distribution.Failed = message.FailedCount;
        distribution.CompletedAt = Instants.Normalize(message.DeliveredAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
