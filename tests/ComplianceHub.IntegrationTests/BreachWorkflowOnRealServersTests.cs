using System.Diagnostics;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// The breach workflow (Art. 33, 34) end to end through REST on the real host, RabbitMQ and PostgreSQL, with the
/// reminder offsets shortened to seconds: its durable timers survive a host restart and fire exactly once.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class BreachWorkflowOnRealServersTests(ServersFixture servers)
{
    // The first reminder leaves the freshly started host time to consume BreachReported (a reminder already past when
    // the clock starts is skipped); the second leaves time to see the first and stop the host before it is due. The
    // third is far away, so it is still pending when the authority is notified and must then be cancelled.
    private static readonly TimeSpan FirstReminder = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan SecondReminder = TimeSpan.FromSeconds(22);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);
    private const string ReminderKind = "AuthorityNotificationDue";

    [Fact]
    public async Task A_high_risk_breach_is_reminded_across_a_restart_once_per_reminder_then_notified_communicated_and_closed()
    {
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Modules:Breaches:ReminderOffsets:0"] = FirstReminder.ToString("c");
        settings["Modules:Breaches:ReminderOffsets:1"] = SecondReminder.ToString("c");
        settings["Modules:Breaches:ReminderOffsets:2"] = TimeSpan.FromHours(60).ToString("c");
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);

        // Organisation established in DE, people affected in DE and FR: the lead authority DE is the one to notify (Art. 56(1)).
        var accepted = await Breaches.ReportAsync(host.Client, "DE", "FR");
        var id = accepted.GetProperty("id").GetString()!;
        var awareAt = accepted.GetProperty("awareAt").GetDateTimeOffset();
        await PostAsync(host, $"/api/v1/breaches/{id}/assessment", new { riskLevel = "HighRisk", rationale = "Contact data of 12,000 customers exfiltrated." }, HttpStatusCode.Accepted);

        var first = await WaitForAsync(host, id, b => Reminders(b).Count >= 1, "the first reminder");
        Assert.Equal(["DE"], Strings(first.GetProperty("requiredAuthorities")));
        Assert.True(Reminders(first)[0].GetProperty("at").GetDateTimeOffset() >= awareAt + FirstReminder, Describe(first));

        await host.StopAsync();
        var pending = await PendingTimersAsync(settings);
        Assert.True(DateTimeOffset.UtcNow < awareAt + SecondReminder, "The host stopped only after the second reminder was due; the restart proves nothing.");
        Assert.Contains(pending, t => t.Type.Contains(":AuthorityReminderTimer", StringComparison.Ordinal) && Math.Abs((t.DueAt - (awareAt + SecondReminder)).TotalMilliseconds) < 1);
        var untilDue = awareAt + SecondReminder + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow;
        await Task.Delay(untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero);

        var restartedAt = DateTimeOffset.UtcNow;
        await host.StartReadyAsync(Patience);
        await WaitForAsync(host, id, b => Reminders(b).Count >= 2, "the second reminder after the restart");
        await Task.Delay(Grace);
        var reminded = await GetAsync(host, id);
        var reminders = Reminders(reminded);
        Assert.True(reminders.Count == 2, Describe(reminded));
        Assert.True(reminders[1].GetProperty("at").GetDateTimeOffset() >= restartedAt, Describe(reminded));
        Assert.StartsWith("Reminder 2:", reminders[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(Entries(reminded, "DataSubjectCommunicationRequired"));
        Assert.Equal("AwaitingAuthorityNotification", reminded.GetProperty("status").GetString());
        Assert.Equal(2, (await PendingTimersAsync(settings)).Count);

        await PostAsync(host, $"/api/v1/breaches/{id}/authority-notifications",
            new { authorityCountry = "DE", submittedAt = DateTimeOffset.UtcNow, phase = "Initial", reference = "BfDI-2026-0815" }, HttpStatusCode.Accepted);
        var notified = await WaitForAsync(host, id, b => Status(b) == "AwaitingSubjectCommunication", "AwaitingSubjectCommunication");
        Assert.Empty(notified.GetProperty("outstandingAuthorities").EnumerateArray());
        Assert.False(notified.GetProperty("deadlineMissed").GetBoolean());
        Assert.Empty(await PendingTimersAsync(settings));

        var refused = await PostAsync(host, $"/api/v1/breaches/{id}/close", new { summary = "Contained." }, HttpStatusCode.Conflict);
        Assert.Contains("communication to the people affected", refused, StringComparison.Ordinal);

        await PostAsync(host, $"/api/v1/breaches/{id}/subject-communication",
            new { sentAt = DateTimeOffset.UtcNow, channel = "Email", recipients = 12000 }, HttpStatusCode.Accepted);
        await WaitForAsync(host, id, b => Status(b) == "SubjectsInformed", "SubjectsInformed");
        await PostAsync(host, $"/api/v1/breaches/{id}/close", new { summary = "Credentials rotated, customers told, authority notified." }, HttpStatusCode.Accepted);
        var closed = await WaitForAsync(host, id, b => Status(b) == "Closed", "Closed");
        Assert.Equal(2, Reminders(closed).Count);
        Assert.Empty(Entries(closed, "AuthorityNotificationDeadlineMissed"));

        var register = JsonDocument.Parse(await host.Client.GetStringAsync("/api/v1/breaches/register?format=json")).RootElement;
        var entry = Assert.Single(register.EnumerateArray(), e => e.GetProperty("breachId").GetString() == id);
        Assert.True(entry.GetProperty("notified").GetBoolean(), entry.ToString());
        Assert.Equal("Closed", entry.GetProperty("status").GetString());
        Assert.StartsWith("DE Initial ", Assert.Single(Strings(entry.GetProperty("notifications"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_pending_when_the_host_is_killed_fires_exactly_once_after_the_restart()
    {
        // One reminder, due while the host is dead; a dead host's dispatch lease runs out after LeaseDuration, so a
        // short one keeps the test short (the restarted process is a new holder and must wait for it).
        var reminder = TimeSpan.FromSeconds(8);
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Modules:Breaches:ReminderOffsets:0"] = reminder.ToString("c");
        settings["Messaging:Outbox:LeaseDuration"] = "00:00:03";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);

        var accepted = await Breaches.ReportAsync(host.Client, "DE");
        var id = accepted.GetProperty("id").GetString()!;
        var awareAt = accepted.GetProperty("awareAt").GetDateTimeOffset();
        var dueAt = awareAt + reminder;
        var deadline = Stopwatch.StartNew();
        while (!(await PendingTimersAsync(settings)).Any(t => t.Type.Contains(":AuthorityReminderTimer", StringComparison.Ordinal)))
        {
            Assert.True(deadline.Elapsed < Patience, $"No reminder timer was scheduled.\n{host.Output}");
            await Task.Delay(100);
        }

        await host.KillAsync();
        Assert.True(DateTimeOffset.UtcNow < dueAt, "The host was killed only after the reminder was due; the restart proves nothing.");
        var pending = await PendingTimersAsync(settings);
        Assert.Contains(pending, t => t.Type.Contains(":AuthorityReminderTimer", StringComparison.Ordinal) && Math.Abs((t.DueAt - dueAt).TotalMilliseconds) < 1);
        var untilDue = dueAt + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow;
        await Task.Delay(untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero);

        var restartedAt = DateTimeOffset.UtcNow;
        await host.StartReadyAsync(Patience);
        await WaitForAsync(host, id, b => Reminders(b).Count >= 1, "reminder after the crash");
        await Task.Delay(Grace);
        var reminded = await GetAsync(host, id);
        var reminders = Reminders(reminded);
        Assert.True(reminders.Count == 1, Describe(reminded));
        Assert.True(reminders[0].GetProperty("at").GetDateTimeOffset() >= restartedAt, Describe(reminded));
        Assert.StartsWith("Reminder 1:", reminders[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await PublishedCountAsync(settings, "AuthorityNotificationDue"));
        var left = await PendingTimersAsync(settings);
        Assert.Equal(":AuthorityDeadlineTimer", Assert.Single(left).Type[^":AuthorityDeadlineTimer".Length..]);
    }

    private static string? Status(JsonElement breach) => breach.GetProperty("status").GetString();

    private static List<JsonElement> Entries(JsonElement breach, string kind) =>
        [.. breach.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == kind)];

    private static List<JsonElement> Reminders(JsonElement breach) => Entries(breach, ReminderKind);

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static string Describe(JsonElement breach) =>
        $"{Status(breach)}: " + string.Join("\n", breach.GetProperty("timeline").EnumerateArray().Select(e => $"{e.GetProperty("at")} {e.GetProperty("kind")} {e.GetProperty("detail")}"));

    private static async Task<JsonElement> GetAsync(HostProcess host, string id) =>
        JsonDocument.Parse(await host.Client.GetStringAsync($"/api/v1/breaches/{id}")).RootElement.Clone();

    /// <summary>Polls the breach until <paramref name="done"/> holds: the saga applies the published events asynchronously.</summary>
    private static async Task<JsonElement> WaitForAsync(HostProcess host, string id, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        var breach = await GetAsync(host, id);
        while (!done(breach))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {what} within {Patience}.\n{Describe(breach)}\n{host.Output}");
            await Task.Delay(250);
            breach = await GetAsync(host, id);
        }

        return breach;
    }

    private static async Task<string> PostAsync(HostProcess host, string path, object body, HttpStatusCode expected)
    {
        using var response = await host.Client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {response.StatusCode} {text}");
        return text;
    }

    /// <summary>How many messages of a type the breaches module published (its outbox keeps delivered rows for a day).</summary>
    private static async Task<long> PublishedCountAsync(Dictionary<string, string> settings, string messageType)
    {
        await using var connection = new NpgsqlConnection(settings["ConnectionStrings:ComplianceHub"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT count(*) FROM breaches.outbox_message WHERE "DueAt" IS NULL AND "MessageType" LIKE @type""", connection);
        command.Parameters.AddWithValue("type", "%:" + messageType);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The breaches module's undelivered timers (durable scheduled messages in its outbox), read from PostgreSQL.</summary>
    private static async Task<List<(string Type, DateTimeOffset DueAt)>> PendingTimersAsync(Dictionary<string, string> settings)
    {
        await using var connection = new NpgsqlConnection(settings["ConnectionStrings:ComplianceHub"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT "MessageType", "DueAt" FROM breaches.outbox_message WHERE "DueAt" IS NOT NULL AND "DeliveredAt" IS NULL AND "ParkedAt" IS NULL""",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var timers = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            timers.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return timers;
    }
}
