using ComplianceHub.DataSubjectRequests.Contracts;
using MassTransit;

namespace ComplianceHub.Reporting.RequestLog;

/// <summary>The request was answered or refused: the log records when and how.</summary>
public sealed class RequestLogRespondedConsumer(ReportingDbContext db, RequestLogProjection projection) : IConsumer<DataSubjectRequestResponded>
{
    public async Task Consume(ConsumeContext<DataSubjectRequestResponded> context)
    {
        var responded = context.Message;
        var entry = await projection.EntryAsync(responded.RequestId, responded.OrganizationId, context.CancellationToken);
        entry.CompletedAt = Instants.Normalize(responded.RespondedAt);
        entry.Outcome = responded.Outcome;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
