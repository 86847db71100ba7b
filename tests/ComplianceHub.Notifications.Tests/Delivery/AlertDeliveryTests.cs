namespace ComplianceHub.Notifications.Tests.Delivery;

/// <summary>Routing, channels per priority and working hours, failover, escalation and acknowledgement, with a fake clock.</summary>
public sealed class AlertDeliveryTests
{
    /// <summary>Saturday 7 March 2026, 11:00 in Berlin.</summary>
    private static readonly DateTimeOffset Saturday = new(2026, 3, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_critical_alert_reaches_the_regional_dpo_on_every_channel_and_climbs_until_acknowledged()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var group = await host.DpoAsync(organization, "Gina Group", [], group: true);
        var deputy = await host.DpoAsync(organization, "Dieter Deputy", []);
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"], deputy: deputy);

        var id = await host.RaiseAsync(organization, "Critical", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Count == 1 && host.Sms.Sent.Count == 1 && host.InApp.Sent.Count == 1));
        Assert.All([.. host.Email.Sent, .. host.Sms.Sent, .. host.InApp.Sent], m => Assert.Equal(regional, m.Recipient.Id));
        await host.WaitUntilAsync(async () => (await host.AlertAsync(id)).GetProperty("deliveries").GetArrayLength() == 3);
        var alert = await host.AlertAsync(id);
        Assert.Equal(regional, alert.GetProperty("routedTo").GetGuid());
        Assert.All(alert.GetProperty("deliveries").EnumerateArray(), d =>
        {
            Assert.Equal("Delivered", d.GetProperty("outcome").GetString());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("providerMessageId").GetString()));
        });

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.Recipient.Id == deputy)));

        using var acknowledged = await host.Client.PostAsJsonAsync($"/api/v1/alerts/{id}/acknowledge", new { note = "On it." });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(0, await PendingEscalationsAsync(host));

        host.Clock.Advance(TimeSpan.FromMinutes(45));
        await Task.Delay(1_000);
        Assert.DoesNotContain(host.Email.Sent, m => m.Recipient.Id == group);
        var after = await host.AlertAsync(id);
        Assert.Equal("Acknowledged", after.GetProperty("status").GetString());
        Assert.Equal([0, 1], after.GetProperty("escalation").EnumerateArray().Select(s => s.GetProperty("level").GetInt32()));
        Assert.Equal("On it.", after.GetProperty("acknowledgement").GetProperty("note").GetString());

        using var again = await host.Client.PostAsJsonAsync($"/api/v1/alerts/{id}/acknowledge", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Without_acknowledgement_the_ladder_reaches_the_group_dpo_and_repeats()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var group = await host.DpoAsync(organization, "Gina Group", [], group: true);
        var deputy = await host.DpoAsync(organization, "Dieter Deputy", []);
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"], deputy: deputy);

        await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.Recipient.Id == regional)));
        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.Recipient.Id == deputy)));
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.Recipient.Id == group)));
        host.Clock.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Count(m => m.Recipient.Id == regional) == 2));
    }

    [Fact]
    public async Task The_signed_link_acknowledges_after_confirmation_and_cannot_be_forged_or_reused()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var deputy = await host.DpoAsync(organization, "Dieter Deputy", []);
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"], deputy: deputy);
        var id = await host.RaiseAsync(organization, "Critical", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Count == 1));
        var message = Assert.Single(host.Email.Sent);
        Assert.Contains(message.AcknowledgeUrl!, message.Text);
        var path = new Uri(message.AcknowledgeUrl!).AbsolutePath;
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using var page = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync());
        Assert.Equal("Open", (await host.AlertAsync(id)).GetProperty("status").GetString());

        using var forged = await anonymous.PostAsync(path[..^3] + (path[^3] == 'A' ? "B" : "A") + path[^2..], null);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        using var confirmed = await anonymous.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var alert = await host.AlertAsync(id);
        Assert.Equal("Acknowledged", alert.GetProperty("status").GetString());
        Assert.Equal($"dpo:{regional}", alert.GetProperty("acknowledgement").GetProperty("by").GetString());

        using var reused = await anonymous.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        await Task.Delay(1_000);
        Assert.DoesNotContain(host.Email.Sent, m => m.Recipient.Id == deputy);

        var later = await host.RaiseAsync(organization, "Critical", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.AlertId == later)));
        var laterPath = new Uri(host.Email.Sent.First(m => m.AlertId == later).AcknowledgeUrl!).AbsolutePath;
        host.Clock.Advance(TimeSpan.FromDays(8));
        using var expired = await anonymous.GetAsync(laterPath);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
    }

    [Fact]
    public async Task When_email_fails_a_high_alert_goes_out_by_sms_at_once_and_the_email_follows_once_when_it_is_back()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        host.Email.Down = true;

        var id = await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Sms.Sent.Count == 1 && host.InApp.Sent.Count == 1));
        Assert.Empty(host.Email.Sent);
        await host.WaitUntilAsync(async () => (await host.AlertAsync(id)).GetProperty("deliveries").EnumerateArray()
            .Any(d => d.GetProperty("channel").GetString() == "Email" && d.GetProperty("outcome").GetString() == "Failed"));

        host.Email.Down = false;
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Count == 1));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(1_000);
        Assert.Single(host.Email.Sent);
        Assert.Single(host.Sms.Sent);
    }

    [Fact]
    public async Task When_a_channel_fails_permanently_it_is_not_retried_and_a_high_alert_fails_over_at_once()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        host.Email.Refusing = true;

        var id = await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Sms.Sent.Count == 1));
        await host.WaitUntilAsync(async () => await FailedEmailAttemptsAsync(host, id) == 1);

        // A transient failure would be tried again 5 s later (the test above); a permanent one never is.
        host.Email.Refusing = false;
        for (var step = 0; step < 4; step++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(500);
        }

        Assert.Equal(1, host.Email.Attempts);
        Assert.Empty(host.Email.Sent);
        Assert.Equal(1, await FailedEmailAttemptsAsync(host, id));
        Assert.False(await host.WithDeadLettersAsync(db => db.DeadLetters.AnyAsync(d => d.MessageType.Contains("SendAlertOnChannel"))));
    }

    [Fact]
    public async Task A_channel_that_stays_down_past_the_retry_window_puts_its_delivery_in_the_dead_letter_store()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning,
            "Modules:Notifications:DeliveryRetryWindow=00:00:20", "Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.100"));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        host.Email.Down = true;

        var id = await host.RaiseAsync(organization, "Medium", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.InApp.Sent.Count == 1));
        // Each retry is due 5 s after the attempt before it: move the clock on only once that attempt is on record, so a
        // slow machine sees the same attempts as a fast one.
        var seen = 0;
        for (var round = 0; round < 10 && !await DeadLetteredAsync(); round++)
        {
            await host.WaitUntilAsync(async () => await FailedEmailAttemptsAsync(host, id) > seen || await DeadLetteredAsync());
            seen = await FailedEmailAttemptsAsync(host, id);
            host.Clock.Advance(TimeSpan.FromSeconds(6));
        }

        await host.WaitUntilAsync(DeadLetteredAsync);
        var failures = await FailedEmailAttemptsAsync(host, id);
        Assert.True(failures >= 2, $"{failures} failed attempts kept as evidence");
        Assert.Empty(host.Email.Sent);

        Task<bool> DeadLetteredAsync() => host.WithDeadLettersAsync(db => db.DeadLetters.AnyAsync(d => d.MessageType.Contains("SendAlertOnChannel")));
    }

    private static async Task<int> FailedEmailAttemptsAsync(ModuleTestHost host, Guid alert) =>
        (await host.AlertAsync(alert)).GetProperty("deliveries").EnumerateArray()
            .Count(d => d.GetProperty("channel").GetString() == "Email" && d.GetProperty("outcome").GetString() == "Failed");

    [Fact]
    public async Task A_medium_alert_on_a_weekend_waits_for_monday_morning_and_a_high_one_adds_sms()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(Saturday));
        var organization = await host.OrganizationWithRegionalDpoAsync();

        var medium = await host.RaiseAsync(organization, "Medium", "DE");
        await host.WaitUntilAsync(async () => (await host.AlertAsync(medium)).GetProperty("deliveries").EnumerateArray()
            .Any(d => d.GetProperty("outcome").GetString() == "Deferred"));
        var high = await host.RaiseAsync(organization, "High", "DE");
        await host.WaitUntilAsync(() => Task.FromResult(host.Sms.Sent.Any(m => m.AlertId == high) && host.Email.Sent.Any(m => m.AlertId == high)));
        Assert.DoesNotContain(host.Email.Sent, m => m.AlertId == medium);

        host.Clock.AdvanceTo(new DateTimeOffset(2026, 3, 9, 8, 0, 1, TimeSpan.Zero)); // Monday 09:00:01 in Berlin
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.AlertId == medium) && host.InApp.Sent.Any(m => m.AlertId == medium)));
        Assert.DoesNotContain(host.Sms.Sent, m => m.AlertId == medium);
    }

    [Fact]
    public async Task Low_alerts_wait_for_one_digest_at_the_start_of_the_next_working_window()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var regional = await host.DpoAsync(organization, "Rita Regional", ["DE"]);
        var first = await host.RaiseAsync(organization, "Low", "DE");
        var second = await host.RaiseAsync(organization, "Low", "DE");
        await host.WaitUntilAsync(async () => (await PendingTimersAsync(host, "SendDigest")).Count == 2);
        Assert.Empty(host.Email.Sent);

        host.Clock.AdvanceTo(new DateTimeOffset(2026, 3, 3, 8, 0, 1, TimeSpan.Zero)); // Tuesday 09:00:01 in Berlin
        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Count == 1));
        await Task.Delay(1_000);
        var digest = Assert.Single(host.Email.Sent);
        Assert.Equal(regional, digest.Recipient.Id);
        Assert.Equal("2 low-priority alerts", digest.Title);
        Assert.Equal(2, digest.Text.Split("/ack/").Length - 1);
        foreach (var id in new[] { first, second })
        {
            var alert = await host.AlertAsync(id);
            Assert.Contains(alert.GetProperty("deliveries").EnumerateArray(), d => d.GetProperty("outcome").GetString() == "Delivered");
        }

        Assert.Empty(host.Sms.Sent);
    }

    [Fact]
    public async Task A_deferral_across_the_spring_forward_change_lands_at_nine_local_time()
    {
        // Saturday 28 March 2026; Berlin moves to summer time on Sunday 29 March: Monday 09:00 CEST is 07:00 UTC.
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(new DateTimeOffset(2026, 3, 28, 10, 0, 0, TimeSpan.Zero)));
        var organization = await host.OrganizationWithRegionalDpoAsync();

        await host.RaiseAsync(organization, "Medium", "DE");
        await host.WaitUntilAsync(async () => (await PendingTimersAsync(host, "DeliverAlert")).Count == 1);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), Assert.Single(await PendingTimersAsync(host, "DeliverAlert")).DueAt);
    }

    [Fact]
    public async Task Escalation_speeds_up_as_a_legal_deadline_nears()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var deputy = await host.DpoAsync(organization, "Dieter Deputy", []);
        await host.DpoAsync(organization, "Rita Regional", ["DE"], deputy: deputy);

        await host.RaiseAsync(organization, "Critical", "DE", deadline: MondayMorning.AddMinutes(20));
        await host.WaitUntilAsync(async () => (await PendingTimersAsync(host, "EscalateAlert")).Count == 1);
        var due = Assert.Single(await PendingTimersAsync(host, "EscalateAlert")).DueAt!.Value;
        // A quarter of the time left (5 min), not the policy's 15 minutes.
        Assert.InRange(due - MondayMorning, TimeSpan.FromMinutes(4.5), TimeSpan.FromMinutes(5.5));
    }

    [Fact]
    public async Task A_missed_breach_deadline_becomes_a_critical_alert_for_the_dpo()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        await host.DpoAsync(organization, "Gina Group", [], group: true);
        var bus = host.App.Services.GetRequiredService<MassTransit.IBus>();
        var breach = Guid.NewGuid();
        await bus.Publish(new ComplianceHub.Breaches.Contracts.AuthorityNotificationDeadlineMissed
        {
            BreachId = breach, OrganizationId = organization, AuthorityDeadline = MondayMorning, OutstandingAuthorities = ["DE"],
        });

        await host.WaitUntilAsync(() => Task.FromResult(host.Sms.Sent.Any()));
        var page = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?source=breaches/{breach}/deadline-missed");
        var alert = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Critical", alert.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task A_rights_request_reminder_is_a_high_alert_and_an_overdue_request_a_critical_one()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        await host.DpoAsync(organization, "Gina Group", [], group: true);
        var bus = host.App.Services.GetRequiredService<MassTransit.IBus>();
        var request = Guid.NewGuid();
        var dueAt = MondayMorning.AddDays(2);
        await bus.Publish(new ComplianceHub.DataSubjectRequests.Contracts.DataSubjectRequestDeadlineApproaching
        {
            RequestId = request, OrganizationId = organization, RequestType = "Erasure", DueAt = dueAt, Reminder = 2, Remaining = TimeSpan.FromDays(2),
        });
        await bus.Publish(new ComplianceHub.DataSubjectRequests.Contracts.DataSubjectRequestOverdue
        {
            RequestId = request, OrganizationId = organization, RequestType = "Erasure", DueAt = dueAt,
        });

        JsonElement reminder = default, overdue = default;
        await host.WaitUntilAsync(async () =>
            TryOne(await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?source=data-subject-requests/{request}/reminder-2-{dueAt.UtcTicks}"), out reminder)
            && TryOne(await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?source=data-subject-requests/{request}/overdue-{dueAt.UtcTicks}"), out overdue));
        Assert.Equal(("RequestDeadline", "High"), (reminder.GetProperty("type").GetString(), reminder.GetProperty("priority").GetString()));
        Assert.Equal(("RequestDeadline", "Critical"), (overdue.GetProperty("type").GetString(), overdue.GetProperty("priority").GetString()));
    }

    private static bool TryOne(JsonElement page, out JsonElement alert)
    {
        var items = page.GetProperty("items");
        alert = items.GetArrayLength() == 1 ? items[0] : default;
        return items.GetArrayLength() == 1;
    }

    [Fact]
    public async Task A_security_alert_reaches_the_regional_dpo_with_the_type_and_priority_its_rule_chose()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationAsync();
        var regional = await host.DpoAsync(organization, "Rita Regional", ["FR"]);
        var bus = host.App.Services.GetRequiredService<MassTransit.IBus>();
        var raised = new ComplianceHub.Security.Contracts.SecurityAlertRaised
        {
            SecurityAlertId = Guid.NewGuid(), OrganizationId = organization, Type = "AccessControl", Priority = "High",
            Title = "Unauthorized access attempts", Summary = "12 denied requests for one principal in 5 minutes.", Country = "FR",
            OccurredAt = MondayMorning,
        };
        await bus.Publish(raised);
        await bus.Publish(raised);

        await host.WaitUntilAsync(() => Task.FromResult(host.Email.Sent.Any(m => m.Recipient.Id == regional)));
        var page = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?source=security/{raised.SecurityAlertId}");
        var alert = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("AccessControl", alert.GetProperty("type").GetString());
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Equal("Unauthorized access attempts", Assert.Single(host.Email.Sent).Title);
    }

    private static Task<int> PendingEscalationsAsync(ModuleTestHost host) =>
        host.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":EscalateAlert")));

    private static Task<List<OutboxMessage>> PendingTimersAsync(ModuleTestHost host, string type) =>
        host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DueAt != null && m.DeliveredAt == null && m.MessageType.EndsWith(":" + type)).ToListAsync());
}
