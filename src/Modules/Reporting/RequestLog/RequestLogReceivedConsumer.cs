using ComplianceHub.DataSubjectRequests.Contracts;
using MassTransit;

namespace ComplianceHub.Reporting.RequestLog;

/// <summary>A rights request was received (Art. 12(3) clock starts): the log gets its type, receipt and deadline.</summary>
public sealed class RequestLogReceivedConsumer(ReportingDbContext db, RequestLogProjection projection) : IConsumer<DataSubjectRequestReceived>
{
    public async Task Consume(ConsumeContext<DataSubjectRequestReceived> context)
    {
        var received = context.Message;
        var entry = await projection.EntryAsync(received.RequestId, received.OrganizationId, context.CancellationToken);
        entry.RequestType = received.RequestType;
        entry.ReceivedAt = Instants.Normalize(received.ReceivedAt);
        entry.DueAt = RequestLogProjection.Later(entry.DueAt, received.DueAt);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
