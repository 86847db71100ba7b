namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>Reporting keeps how a report's distribution ended, as Notifications reports it.</summary>
public sealed class ReportDistributedTests
{
    [Fact]
    public async Task Should_record_the_distribution_outcome_of_a_report_and_keep_the_latest()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
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

    [Fact]
    public async Task Should_show_the_distribution_outcome_in_the_report_view_once_there_is_one()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
        var organization = await host.OrganizationAsync("DE");
        using var accepted = await host.Client.PostAsJsonAsync(
            "/api/v1/reports/ProcessorCompliance/generate", new { organizationId = organization, periodStart = "2026-10-01", periodEnd = "2026-10-31" });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var reportId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
        Assert.True(!before.TryGetProperty("distribution", out var none) || none.ValueKind == JsonValueKind.Null, before.ToString());

        var at = new DateTimeOffset(2026, 11, 1, 7, 0, 3, TimeSpan.Zero);
        await host.App.Services.GetRequiredService<IBus>().Publish(new ReportDistributed
        {
            ReportId = reportId, OrganizationId = organization, RecipientCount = 2, DeliveredCount = 1, FailedCount = 1, DeliveredAt = at,
        });
        JsonElement distribution = default;
        await Poll.UntilAsync(async () =>
        {
            var view = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
            return view.TryGetProperty("distribution", out distribution) && distribution.ValueKind == JsonValueKind.Object;
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(2, distribution.GetProperty("recipients").GetInt32());
        Assert.Equal(1, distribution.GetProperty("delivered").GetInt32());
        Assert.Equal(1, distribution.GetProperty("failed").GetInt32());
        Assert.Equal(at, distribution.GetProperty("at").GetDateTimeOffset());
    }
}
