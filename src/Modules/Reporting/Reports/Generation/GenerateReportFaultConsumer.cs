using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Reporting.Reports.Generation;

/// <summary>
/// Generation failed after its retries: the report is marked Failed with the kind of error only (an exception's
/// message may quote data). Replaying the dead-lettered command generates it again.
/// </summary>
public sealed class GenerateReportFaultConsumer(ReportingDbContext db, TimeProvider clock, ILogger<GenerateReportFaultConsumer> logger)
    : IConsumer<Fault<GenerateReport>>
{
    public async Task Consume(ConsumeContext<Fault<GenerateReport>> context)
    {
        var reportId = context.Message.Message.ReportId;
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, context.CancellationToken);
        if (report is null || report.Status == ReportStatus.Completed)
        {
            return;
        }

        var kind = context.Message.Exceptions.FirstOrDefault()?.ExceptionType ?? "unknown";
        report.Status = ReportStatus.Failed;
        report.Failure = $"Generation failed after retries ({kind}) at {Instants.Normalize(clock.GetUtcNow()):O}.";
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogWarning("Report {ReportId} failed: {ExceptionType}", reportId, kind);
    }
}
