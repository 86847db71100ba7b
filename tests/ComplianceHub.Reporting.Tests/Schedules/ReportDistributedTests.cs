using ComplianceHub.Notifications.Contracts;
using ComplianceHub.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Reporting keeps how a report's distribution ended, as Notifications reports it.</summary>
public sealed class ReportDistributedTests
{
    [Fact]
    public async Task Should_record_the_distribution_outcome_of_a_report_and_keep_the_latest()
    {
        await using var host = await ReportingHost.StartAsync();
        var reportId = NewId.NextGuid();
        var organization = Guid.NewGuid();
        var bus = host.App.Services.GetRequiredService<IBus>();
        var at = new DateTimeOffset(2026, 4, 1, 6, 0, 5, TimeSpan.Zero);

        await bus.Publish(new ReportDistributed
        {
            ReportId = reportId, OrganizationId = organization, RecipientCount = 3, DeliveredCount = 2, FailedCount = 1, DeliveredAt = at,
        });
        await Poll.UntilAsync(async () => await host.WithDbAsync(db => db.Distributions.AnyAsync(d => d.ReportId == reportId)), TimeSpan.FromSeconds(30));
        await bus.Publish(new ReportDistributed
        {
            ReportId = reportId, OrganizationId = organization, RecipientCount = 3, DeliveredCount = 3, FailedCount = 0, DeliveredAt = at.AddMinutes(5),
        });
        await Poll.UntilAsync(async () => await host.WithDbAsync(db => db.Distributions.AnyAsync(d => d.ReportId == reportId && d.Delivered == 3)), TimeSpan.FromSeconds(30));

        var distribution = await host.WithDbAsync(db => db.Distributions.AsNoTracking().SingleAsync(d => d.ReportId == reportId));
        Assert.Equal((organization, 3, 3, 0, at.AddMinutes(5)), (distribution.OrganizationId, distribution.Recipients, distribution.Delivered, distribution.Failed, distribution.CompletedAt));
    }
}
