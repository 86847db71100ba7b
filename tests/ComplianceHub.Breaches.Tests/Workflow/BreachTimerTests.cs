using static ComplianceHub.Breaches.Tests.Workflow.BreachApi;

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>
/// Every Art. 33 timer seen firing on the fake clock: the four default reminders (24, 48, 60, 70 h after awareness) and
/// the 72-hour deadline, each once, at its instant and not before; and a breach reported late, whose passed reminders
/// are skipped.
/// </summary>
public sealed class BreachTimerTests
{
    private const string Reminder = "AuthorityReminderTimer";
    private const string Deadline = "AuthorityDeadlineTimer";
    [Fact]
    public async Task When_nobody_notifies_every_reminder_and_then_the_deadline_fire_once_each_at_their_instant()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE", "FR"]);
        await BreachApi.AssessAsync(host, id, "Risk");
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "AwaitingAuthorityNotification");

        var hours = new[] { 24, 48, 60, 70 };
        for (var n = 1; n <= hours.Length; n++)
        {
            await ExpectReminderAsync(host, id, n, T0.AddHours(hours[n - 1]), sentBefore: n - 1);
        }

        await ExpectDeadlineMissedAsync(host, id, T0.AddHours(72));

        host.Clock.AdvanceTo(T0.AddHours(100));
        await Task.Delay(1_000); // several dispatcher rounds: anything left would fire now
        Assert.Equal(4, (await host.PublishedAsync("AuthorityNotificationDue")).Count);
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
        Assert.Empty(await host.PendingTimersAsync(Reminder));
        Assert.Empty(await host.PendingTimersAsync(Deadline));
        var breach = await host.GetAsync(id);
        Assert.Equal(["Reminder 1:", "Reminder 2:", "Reminder 3:", "Reminder 4:"], Reminders(breach).Select(r => r.Detail[..11]));
        Assert.Equal(1, BreachApi.CountTimeline(breach, TimelineKinds.DeadlineMissed));
    }

    [Fact]
    public async Task A_breach_reported_50_hours_after_awareness_skips_the_passed_reminders_and_keeps_the_ones_ahead()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Breaches(T0.AddHours(50)));
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync(Deadline)).Count == 1);
        Assert.Equal(T0.AddHours(72), Assert.Single(await host.PendingTimersAsync(Deadline)).DueAt);
        Assert.Equal(T0.AddHours(60), Assert.Single(await host.PendingTimersAsync(Reminder)).DueAt);
        await Task.Delay(800); // the reminders of 24 h and 48 h are not sent late
        Assert.Empty(await host.PublishedAsync("AuthorityNotificationDue"));

        await ExpectReminderAsync(host, id, 3, T0.AddHours(60), sentBefore: 0);
        await ExpectReminderAsync(host, id, 4, T0.AddHours(70), sentBefore: 1);
        await ExpectDeadlineMissedAsync(host, id, T0.AddHours(72));
        Assert.Equal(2, (await host.PublishedAsync("AuthorityNotificationDue")).Count);
    }

    [Fact]
    public async Task A_breach_reported_after_its_72_hours_have_passed_misses_the_deadline_at_once_without_reminders()
    {
        var reportedAt = T0.AddHours(80);
        await using var host = await ModuleTestHost.StartAsync(h => h.Breaches(reportedAt));
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);

        var missed = await host.WaitForAsync(id, b => b.GetProperty("deadlineMissed").GetBoolean());
        Assert.Equal(T0.AddHours(72), missed.GetProperty("authorityDeadline").GetDateTimeOffset());
        Assert.True(Entries(missed, TimelineKinds.DeadlineMissed).Single().At >= reportedAt);
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
        await Task.Delay(800);
        Assert.Empty(await host.PublishedAsync("AuthorityNotificationDue"));
        Assert.Empty(await host.PendingTimersAsync(Reminder));
        Assert.Empty(await host.PendingTimersAsync(Deadline));
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
    }

    /// <summary>Reminder <paramref name="n"/> is pending for <paramref name="at"/>, is not sent two seconds before, and is sent once at it.</summary>
    private static async Task ExpectReminderAsync(ModuleTestHost host, Guid id, int n, DateTimeOffset at, int sentBefore)
    {
        // Only this one: the row of the reminder before it is marked delivered a moment after the saga consumed it.
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync(Reminder)) is [{ } only] && only.DueAt == at);

        host.Clock.AdvanceTo(at.AddSeconds(-2));
        await Task.Delay(800);
        Assert.Equal(sentBefore, (await host.PublishedAsync("AuthorityNotificationDue")).Count);
        Assert.Equal(sentBefore, Reminders(await host.GetAsync(id)).Count);

        host.Clock.AdvanceTo(at);
        var breach = await host.WaitForAsync(id, b => Reminders(b).Count == sentBefore + 1);
        var sent = Reminders(breach)[^1];
        Assert.StartsWith($"Reminder {n}:", sent.Detail);
        Assert.True(sent.At >= at, $"reminder {n} sent at {sent.At:O}, before {at:O}");
        Assert.Equal(sentBefore + 1, (await host.PublishedAsync("AuthorityNotificationDue")).Count);
    }

    private static async Task ExpectDeadlineMissedAsync(ModuleTestHost host, Guid id, DateTimeOffset at)
    {
        host.Clock.AdvanceTo(at.AddSeconds(-2));
        await Task.Delay(800);
        Assert.Empty(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
        Assert.False((await host.GetAsync(id)).GetProperty("deadlineMissed").GetBoolean());

        host.Clock.AdvanceTo(at);
        var missed = await host.WaitForAsync(id, b => b.GetProperty("deadlineMissed").GetBoolean());
        Assert.True(Entries(missed, TimelineKinds.DeadlineMissed).Single().At >= at);
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
    }

    private static List<(DateTimeOffset At, string Detail)> Reminders(JsonElement breach) => Entries(breach, TimelineKinds.ReminderSent);

    private static List<(DateTimeOffset At, string Detail)> Entries(JsonElement breach, string kind) =>
        [.. breach.GetProperty("timeline").EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == kind)
            .Select(t => (t.GetProperty("at").GetDateTimeOffset(), t.GetProperty("detail").GetString()!))];
}
