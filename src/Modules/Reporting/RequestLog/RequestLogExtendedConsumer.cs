using ComplianceHub.DataSubjectRequests.Contracts;
using MassTransit;

namespace ComplianceHub.Reporting.RequestLog;

/// <summary>The deadline was extended (Art. 12(3)): the log records when and the new deadline.</summary>
public sealed class RequestLogExtendedConsumer(ReportingDbContext db, RequestLogProjection projection) : IConsumer<DataSubjectRequestExtended>
{
    public async Task Consume(ConsumeContext<DataSubjectRequestExtended> context)
    {
        var extended = context.Message;
        var entry = await projection.EntryAsync(extended.RequestId, extended.OrganizationId, context.CancellationToken);
        entry.ExtendedAt = Instants.Normalize(extended.ExtendedAt);
        entry.DueAt = RequestLogProjection.Later(entry.DueAt, extended.DueAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
