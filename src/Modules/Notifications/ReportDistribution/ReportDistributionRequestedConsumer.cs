using ComplianceHub.Reporting.Contracts;
using MassTransit;

namespace ComplianceHub.Notifications.ReportDistribution;

/// <summary>A generated report is to be emailed: every recipient is pending on the first attempt.</summary>
public sealed class ReportDistributionRequestedConsumer(TimeProvider clock) : IConsumer<ReportDistributionRequested>
{
    public Task Consume(ConsumeContext<ReportDistributionRequested> context)
    {
        var request = context.Message;
        return context.Publish(
            new SendReportEmails
            {
                ReportId = request.ReportId,
                OrganizationId = request.OrganizationId,
                ReportType = request.ReportType,
                Recipients = request.Recipients,
                Pending = [.. Enumerable.Range(0, request.Recipients.Count)],
                Subject = request.Subject,
                HtmlSummary = request.HtmlSummary,
                AttachmentFileName = request.AttachmentFileName,
                Attachment = request.Attachment,
                Sha256 = request.Sha256,
                FirstAttemptAt = clock.GetUtcNow(),
            },
            context.CancellationToken);
    }
}
