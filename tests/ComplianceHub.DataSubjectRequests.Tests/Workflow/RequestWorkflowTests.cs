namespace ComplianceHub.DataSubjectRequests.Tests.Workflow;

/// <summary>The request saga through the API, on the in-process host with a fake clock: every timer path.</summary>
public sealed class RequestWorkflowTests
{
    /// <summary>Received 31 January (Berlin): due at the end of 28 February, Berlin time (CET).</summary>
    private static readonly DateTimeOffset ReceivedAt = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueAt = new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero).AddTicks(-10);
    private static readonly DateTimeOffset Now = ReceivedAt.AddHours(2);

    [Fact]
    public async Task When_nobody_answers_the_dpo_is_reminded_7_and_2_days_before_and_the_request_goes_overdue()
    {
        await using var host = await StartAsync();
        var id = await ReceiveInBerlinAsync(host, "Access");
        Assert.Equal(DueAt, (await host.GetAsync(id)).GetProperty("dueAt").GetDateTimeOffset());
        await host.WaitUntilAsync(async () =>
            (await host.PendingTimersAsync("RequestReminderTimer")).SingleOrDefault()?.DueAt == DueAt.AddDays(-7)
            && (await host.PendingTimersAsync("RequestOverdueTimer")).SingleOrDefault()?.DueAt == DueAt);

        host.Clock.AdvanceTo(DueAt.AddDays(-7).AddSeconds(1));
        await host.WaitUntilAsync(async () => (await host.PublishedAsync("DataSubjectRequestDeadlineApproaching")).Count == 1);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("RequestReminderTimer")).Any(t => t.DueAt == DueAt.AddDays(-2)));

        host.Clock.AdvanceTo(DueAt.AddDays(-2).AddSeconds(1));
        await host.WaitUntilAsync(async () => (await host.PublishedAsync("DataSubjectRequestDeadlineApproaching")).Count == 2);
        Assert.Empty(await host.PublishedAsync("DataSubjectRequestOverdue"));

        host.Clock.AdvanceTo(DueAt.AddSeconds(1));
        var overdue = await host.WaitForAsync(id, r => ModuleTestHost.HasTimeline(r, "Overdue"));
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        var published = Assert.Single(await host.PublishedAsync("DataSubjectRequestOverdue"));
        Assert.DoesNotContain("Erika", published.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("erika@example.eu", published.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_identity_information_is_awaited_the_clock_stops_and_the_deadline_moves_by_the_pause()
    {
        await using var host = await StartAsync();
        var id = await ReceiveWithTimersAsync(host, "Erasure");
        var path = $"/api/v1/data-subject-requests/{id}/identity-verification";

        var paused = await host.ExpectAsync(HttpStatusCode.Accepted, path, new { outcome = "InformationRequested", method = "id-document" });
        Assert.True(paused.GetProperty("clockStopped").GetBoolean());
        await NoTimersAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(3));
        var resumed = await host.ExpectAsync(HttpStatusCode.Accepted, path, new { outcome = "Verified", method = "id-document" });
        var movedDue = resumed.GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(movedDue - DueAt, TimeSpan.FromDays(3), TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.Equal("AllTasksDone", resumed.GetProperty("status").GetString());
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("RequestOverdueTimer")).SingleOrDefault()?.DueAt == movedDue);

        var request = await host.GetAsync(id);
        var pause = Assert.Single(request.GetProperty("pauses").EnumerateArray());
        Assert.Equal(movedDue - DueAt, pause.GetProperty("endedAt").GetDateTimeOffset() - pause.GetProperty("startedAt").GetDateTimeOffset());
        await host.ExpectAsync(HttpStatusCode.Conflict, path, new { outcome = "Verified", method = "id-document" });
    }

    [Fact]
    public async Task Without_the_pause_policy_requesting_information_leaves_the_clock_running()
    {
        await using var host = await StartAsync("Modules:DataSubjectRequests:PauseWhileIdentifying=false");
        var id = await ReceiveInBerlinAsync(host, "Access");
        var answer = await host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{id}/identity-verification", new { outcome = "InformationRequested", method = "email" });
        Assert.False(answer.GetProperty("clockStopped").GetBoolean());
        Assert.Equal(DueAt, answer.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Empty((await host.GetAsync(id)).GetProperty("pauses").EnumerateArray());
    }

    [Fact]
    public async Task An_extension_inside_the_first_month_moves_the_deadline_and_its_timers_and_never_exceeds_two_months()
    {
        await using var host = await StartAsync();
        var id = await ReceiveWithTimersAsync(host, "Portability");
        var path = $"/api/v1/data-subject-requests/{id}/extension";
        var notice = host.Clock.GetUtcNow();

        var extended = await host.ExpectAsync(HttpStatusCode.Accepted, path, new { additionalMonths = 1, reason = "Records in 14 systems.", noticeSentAt = notice });
        // 28 February + 1 month = 28 March (Berlin, CET): the end of that day.
        var oneMonth = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero).AddTicks(-10);
        Assert.Equal(oneMonth, extended.GetProperty("dueAt").GetDateTimeOffset());
        var twice = await host.ExpectAsync(HttpStatusCode.Accepted, path, new { additionalMonths = 1, reason = "Still more systems.", noticeSentAt = notice });
        // 28 February + 2 months = 28 April, in summer time (CEST, +02:00).
        var twoMonths = new DateTimeOffset(2026, 4, 28, 22, 0, 0, TimeSpan.Zero).AddTicks(-10);
        Assert.Equal(twoMonths, twice.GetProperty("dueAt").GetDateTimeOffset());

        var (status, problem) = await host.PostAsync(path, new { additionalMonths = 1, reason = "A third month.", noticeSentAt = notice });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("additionalMonths", out _), problem.ToString());

        Assert.Equal(2, (await host.PublishedAsync("DataSubjectRequestExtended")).Count);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("RequestOverdueTimer")).SingleOrDefault()?.DueAt == twoMonths
            && (await host.PendingTimersAsync("RequestReminderTimer")).SingleOrDefault()?.DueAt == twoMonths.AddDays(-7));

        // The old deadline passes: nothing fires.
        host.Clock.AdvanceTo(DueAt.AddSeconds(1));
        await Task.Delay(800);
        Assert.Empty(await host.PublishedAsync("DataSubjectRequestOverdue"));
        Assert.Empty(await host.PublishedAsync("DataSubjectRequestDeadlineApproaching"));
    }

    [Fact]
    public async Task An_extension_after_the_first_month_or_noticed_too_late_is_refused()
    {
        await using var host = await StartAsync();
        var id = await ReceiveInBerlinAsync(host, "Access");
        var path = $"/api/v1/data-subject-requests/{id}/extension";

        var (bad, problem) = await host.PostAsync(path, new { additionalMonths = 3, reason = "Too much.", noticeSentAt = Now });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("additionalMonths", out _));
        (bad, problem) = await host.PostAsync(path, new { additionalMonths = 1, noticeSentAt = Now });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));

        host.Clock.AdvanceTo(DueAt.AddHours(1));
        (bad, problem) = await host.PostAsync(path, new { additionalMonths = 1, reason = "Late.", noticeSentAt = DueAt.AddMinutes(30) });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("noticeSentAt", out _), problem.ToString());
        await host.ExpectAsync(HttpStatusCode.Conflict, path, new { additionalMonths = 1, reason = "Decided late.", noticeSentAt = DueAt.AddDays(-1) });
    }

    [Fact]
    public async Task A_response_cancels_the_timers_and_a_refusal_needs_its_reasons()
    {
        await using var host = await StartAsync();
        var id = await ReceiveWithTimersAsync(host, "Objection");
        var path = $"/api/v1/data-subject-requests/{id}/respond";

        var (status, problem) = await host.PostAsync(path, new { sentAt = Now, outcome = "Refused" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("refusalReason", out _), problem.ToString());

        await host.ExpectAsync(HttpStatusCode.Accepted, path, new { sentAt = Now, outcome = "Refused", refusalReason = "Compelling legitimate grounds (Art. 21(1))." });
        await NoTimersAsync(host);
        await host.ExpectAsync(HttpStatusCode.Conflict, path, new { sentAt = Now, outcome = "Fulfilled" });
        var responded = await host.GetAsync(id);
        Assert.Equal("Responded", responded.GetProperty("status").GetString());
        Assert.Equal("Compelling legitimate grounds (Art. 21(1)).", responded.GetProperty("refusalReason").GetString());
        Assert.Single(await host.PublishedAsync("DataSubjectRequestResponded"));

        host.Clock.AdvanceTo(DueAt.AddSeconds(1));
        await Task.Delay(800);
        Assert.Empty(await host.PublishedAsync("DataSubjectRequestOverdue"));
    }

    [Fact]
    public async Task When_the_host_restarts_a_pending_reminder_still_fires()
    {
        var clock = new TravellingClock(Now);
        Guid id;
        string data;
        await using (var first = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(clock)))
        {
            id = await ReceiveInBerlinAsync(first, "Rectification");
            await first.WaitUntilAsync(async () => (await first.PendingTimersAsync("RequestReminderTimer")).Count == 1);
            data = first.DataDirectory;
        }

        clock.AdvanceTo(DueAt.AddDays(-7).AddMinutes(1));
        await using var second = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(clock, data));
        await second.WaitForAsync(id, r => ModuleTestHost.HasTimeline(r, "ReminderSent"));
        Assert.Single(await second.PublishedAsync("DataSubjectRequestDeadlineApproaching"));
        await second.WaitUntilAsync(async () => (await second.PendingTimersAsync("RequestReminderTimer")).SingleOrDefault()?.DueAt == DueAt.AddDays(-2));
    }

    private static Task<ModuleTestHost> StartAsync(params string[] settings) =>
        ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(Now), null, settings));

    /// <summary>A request received <see cref="ReceivedAt"/> by a controller in Germany (the deadline counts Berlin days).</summary>
    private static async Task<Guid> ReceiveInBerlinAsync(ModuleTestHost host, string type) =>
        await host.ReceiveAsync(await host.OrganizationAsync("DE"), type, ReceivedAt);

    /// <summary>A request as <see cref="ReceiveInBerlinAsync"/>, once its overdue timer is set.</summary>
    private static async Task<Guid> ReceiveWithTimersAsync(ModuleTestHost host, string type)
    {
        var id = await ReceiveInBerlinAsync(host, type);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("RequestOverdueTimer")).Count == 1);
        return id;
    }

    /// <summary>Waits until no reminder or overdue timer of the request is pending any more.</summary>
    private static Task NoTimersAsync(ModuleTestHost host) =>
        host.WaitUntilAsync(async () => (await host.PendingTimersAsync("RequestOverdueTimer")).Count == 0 && (await host.PendingTimersAsync("RequestReminderTimer")).Count == 0);
}
