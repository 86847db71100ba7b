namespace ComplianceHub.Reporting.Tests.Schedules;

/// <summary>The schedules API on the real host, and a changed schedule firing through the hosted Quartz scheduler.</summary>
public sealed class ReportScheduleApiTests
{
    [Fact]
    public async Task Should_give_an_organisation_the_four_default_schedules_in_its_home_time_zone()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
        var organization = await host.OrganizationAsync("NZ");

        var schedules = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/report-schedules?organizationId={organization}");

        Assert.Equal(
            [
                ("ProcessingActivitySummary", DefaultSchedules.Weekly), ("DataSubjectRequestLog", DefaultSchedules.Monthly),
                ("CrossBorderTransferAudit", DefaultSchedules.Quarterly), ("ProcessorCompliance", DefaultSchedules.Monthly),
            ],
            schedules.EnumerateArray().Select(s => (s.GetProperty("type").GetString(), s.GetProperty("cron").GetString())));
        Assert.All(schedules.EnumerateArray(), s =>
        {
            Assert.Equal("Pacific/Auckland", s.GetProperty("timeZone").GetString());
            Assert.True(s.GetProperty("enabled").GetBoolean());
            Assert.Equal(0, s.GetProperty("recipients").GetArrayLength());
            Assert.Equal(new TimeSpan(8, 0, 0), s.GetProperty("nextFireAt").GetDateTimeOffset().TimeOfDay);
        });
        var scheduler = await host.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(ScheduleKeys.Trigger(organization, ReportType.CrossBorderTransferAudit)) as ICronTrigger;
        Assert.Equal((DefaultSchedules.Quarterly, "Pacific/Auckland"), (trigger?.CronExpressionString, trigger?.TimeZone.Id));
    }

    [Fact]
    public async Task When_a_schedule_is_invalid_Should_answer_400_naming_each_field()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
        var organization = await host.OrganizationAsync("DE");

        using var invalid = await host.Client.PutAsJsonAsync($"/api/v1/report-schedules/ProcessorCompliance?organizationId={organization}",
            new { cron = "0 8 * * 1", timeZone = "Europe/Atlantis", enabled = true, recipients = new[] { "dpo@example.eu", "not-an-address" } });
        using var unknownType = await host.Client.PutAsJsonAsync($"/api/v1/report-schedules/Weekly?organizationId={organization}",
            new { cron = DefaultSchedules.Weekly, timeZone = "Europe/Berlin", enabled = true, recipients = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["cron", "recipients[1]", "timeZone"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.True((await unknownType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task When_a_stale_revision_is_sent_Should_answer_409()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
        var organization = await host.OrganizationAsync("DE");
        var url = $"/api/v1/report-schedules/DataSubjectRequestLog?organizationId={organization}";
        var body = new { cron = DefaultSchedules.Monthly, timeZone = "Europe/Berlin", enabled = true, recipients = new[] { "dpo@example.eu" }, revision = 0 };

        using var first = await host.Client.PutAsJsonAsync(url, body);
        using var stale = await host.Client.PutAsJsonAsync(url, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task When_a_changed_schedule_comes_due_Should_queue_the_report_of_the_period_that_ended_once()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.ReportingWithSchedules());
        var organization = await host.OrganizationAsync("DE");
        var due = DateTimeOffset.UtcNow.AddSeconds(4);

        using var response = await host.Client.PutAsJsonAsync($"/api/v1/report-schedules/ProcessorCompliance?organizationId={organization}",
            new { cron = $"{due.Second} {due.Minute} {due.Hour} * * ?", timeZone = "UTC", enabled = true, recipients = new[] { "dpo@example.eu" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Poll.UntilAsync(async () => await host.WithDbAsync(db => db.Reports.AnyAsync(r => r.OrganizationId == organization)), TimeSpan.FromSeconds(30));
        var report = await host.WithDbAsync(db => db.Reports.AsNoTracking().SingleAsync(r => r.OrganizationId == organization));
        var month = new DateOnly(due.Year, due.Month, 1);
        Assert.Equal((ReportType.ProcessorCompliance, ReportTrigger.Scheduled), (report.Type, report.Trigger));
        Assert.Equal((month.AddMonths(-1), month.AddDays(-1), "UTC"), (report.PeriodStart, report.PeriodEnd, report.TimeZone));

        // Queued with its GenerateReport command in one transaction: the module's consumer then generates it.
        await Poll.UntilAsync(
            async () => await host.WithDbAsync(db => db.Reports.AnyAsync(r => r.Id == report.Id && r.Status == ReportStatus.Completed)),
            TimeSpan.FromSeconds(30));

        // The same period fired again (a second host, a recovered misfire): no second report.
        await using var scope = host.App.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<ScheduledReports>().QueueAsync(
            organization, ReportType.ProcessorCompliance, new ReportPeriod(report.PeriodStart, report.PeriodEnd, TimeZoneInfo.Utc), CancellationToken.None);
        Assert.Null(again);
        Assert.Equal(1, await host.WithDbAsync(db => db.Reports.CountAsync(r => r.OrganizationId == organization)));
    }
}
