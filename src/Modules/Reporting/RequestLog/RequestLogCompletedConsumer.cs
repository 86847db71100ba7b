using ComplianceHub.DataSubjectRequests.Contracts;
using ComplianceHub.Reporting.Data;
using ComplianceHub.Shared.Database;
using MassTransit;

namespace ComplianceHub.Reporting.RequestLog;

/// <summary>The request was answered, refused or withdrawn: the log records when and how.</summary>
public sealed class RequestLogCompletedConsumer(ReportingDbContext db, RequestLogProjection projection) : IConsumer<DataSubjectRequestCompleted>
{
    public async Task Consume(ConsumeContext<DataSubjectRequestCompleted> context)
    {
        var completed = context.Message;
        var entry = await projection.EntryAsync(completed.RequestId, completed.OrganizationId, context.CancellationToken);
        entry.CompletedAt = Instants.Normalize(completed.CompletedAt);
        entry.Outcome = completed.Outcome;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
