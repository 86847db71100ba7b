using ComplianceHub.Reporting.Reports.Distribution;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Reporting.Reports.Generation;

/// <summary>
/// Generates a queued report. The content, the completion and (for a scheduled report with recipients) the
/// <see cref="Contracts.ReportDistributionRequested"/> hand-off commit in one transaction with the inbox row: a
/// redelivery after the commit finds the report completed and does nothing.
/// </summary>
public sealed class GenerateReportConsumer(
    ReportingDbContext db, ReportGenerator generator, DistributionHandOff distributions, ILogger<GenerateReportConsumer> logger)
    : IConsumer<GenerateReport>
{
    public async Task Consume(ConsumeContext<GenerateReport> context)
    {
        var generated = await generator.GenerateAsync(context.Message.ReportId, context.CancellationToken);
        if (generated is null)
        {
            logger.LogInformation("Report {ReportId} is completed or unknown; {MessageId} acknowledged", context.Message.ReportId, context.MessageId);
            return;
        }

        if (await distributions.RequestFor(generated, context.CancellationToken) is { } distribution)
        {
            await context.Publish(distribution, context.CancellationToken);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        var report = generated.Report;
        logger.LogInformation(
            "Report {ReportId} ({ReportType}) completed: {RowCount} rows, {ContentLength} bytes", report.Id, report.Type, report.RowCount, report.ContentLength);
    }
}
