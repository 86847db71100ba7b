using ComplianceHub.Security.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using static ComplianceHub.Breaches.Tests.Workflow.BreachApi;

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>The breach saga through the API, on the in-process host with a fake clock: every path and every timer.</summary>
public sealed class BreachWorkflowTests
{
    [Fact]
    public async Task When_the_authority_is_notified_at_30_hours_the_remaining_reminders_and_the_deadline_are_cancelled()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE", "FR"]);
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "UnderAssessment");
        await BreachApi.AssessAsync(host, id, "HighRisk");
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "AwaitingAuthorityNotification" && BreachApi.HasTimeline(b, TimelineKinds.SubjectCommunicationRequired));
        Assert.Single(await host.PublishedAsync("DataSubjectCommunicationRequired"));
        Assert.Equal(T0.AddHours(24), Assert.Single(await host.PendingTimersAsync("AuthorityReminderTimer")).DueAt);
        Assert.Equal(T0.AddHours(72), Assert.Single(await host.PendingTimersAsync("AuthorityDeadlineTimer")).DueAt);

        host.Clock.AdvanceTo(T0.AddHours(24).AddSeconds(1));
        await host.WaitForAsync(id, b => BreachApi.HasTimeline(b, TimelineKinds.ReminderSent));
        // The fired reminder's row is marked delivered a moment after the saga has consumed it: look for the next one.
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("AuthorityReminderTimer")).Any(t => t.DueAt == T0.AddHours(48)));
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDue"));

        host.Clock.AdvanceTo(T0.AddHours(30));
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/authority-notifications", BreachApi.Notification("DE", host.Clock.GetUtcNow()));
        var notified = await host.WaitForAsync(id, b => BreachApi.Status(b) == "AwaitingSubjectCommunication");
        Assert.Empty(notified.GetProperty("outstandingAuthorities").EnumerateArray());
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("AuthorityReminderTimer")).Count == 0 && (await host.PendingTimersAsync("AuthorityDeadlineTimer")).Count == 0);

        host.Clock.AdvanceTo(T0.AddHours(73));
        await Task.Delay(1_000); // several dispatcher rounds: a timer left behind would fire now
        Assert.Single(await host.PublishedAsync("AuthorityNotificationDue"));
        Assert.Empty(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));

        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/subject-communication",
            new { sentAt = host.Clock.GetUtcNow(), channel = "Email", recipients = 11800 });
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "SubjectsInformed");
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/close", new { summary = "Notified and communicated." });
        var closed = await host.WaitForAsync(id, b => BreachApi.Status(b) == "Closed");
        Assert.False(closed.GetProperty("deadlineMissed").GetBoolean());
    }

    [Fact]
    public async Task When_nobody_notifies_within_72_hours_the_deadline_is_missed_and_a_late_notification_needs_reasons()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "UnderAssessment");
        await BreachApi.AssessAsync(host, id, "Risk");
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "AwaitingAuthorityNotification");

        host.Clock.AdvanceTo(T0.AddHours(72).AddSeconds(-2));
        await Task.Delay(800);
        Assert.Empty(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));

        host.Clock.AdvanceTo(T0.AddHours(72).AddSeconds(1));
        var missed = await host.WaitForAsync(id, b => b.GetProperty("deadlineMissed").GetBoolean());
        Assert.True(BreachApi.HasTimeline(missed, TimelineKinds.DeadlineMissed));

        Assert.Single(await host.PublishedAsync("AuthorityNotificationDeadlineMissed"));
        Assert.Equal("AwaitingAuthorityNotification", BreachApi.Status(missed));

        var (status, problem) = await BreachApi.PostAsync(host, $"/api/v1/breaches/{id}/authority-notifications", BreachApi.Notification("DE", host.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reasonsForDelay", out _), problem.ToString());

        var (accepted, record) = await BreachApi.PostAsync(host, $"/api/v1/breaches/{id}/authority-notifications",
            BreachApi.Notification("DE", host.Clock.GetUtcNow(), reasonsForDelay: "The forensic analysis needed three days to confirm the scope."));
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        Assert.True(record.GetProperty("late").GetBoolean());
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "AuthorityNotified");
    }

    [Fact]
    public async Task Phased_notifications_are_kept_in_order_per_authority()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);
        var path = $"/api/v1/breaches/{id}/authority-notifications";
        host.Clock.AdvanceTo(T0.AddHours(5));
        var now = host.Clock.GetUtcNow();

        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, path, BreachApi.Notification("DE", now, "FollowUp"));
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, path, BreachApi.Notification("DE", now.AddHours(-1)));
        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, path, BreachApi.Notification("DE", now));
        await BreachApi.ExpectAsync(HttpStatusCode.BadRequest, host, path, BreachApi.Notification("DE", now.AddHours(-2), "FollowUp"));
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, path, BreachApi.Notification("DE", now, "FollowUp"));
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, path, BreachApi.Notification("DE", now, "Final"));
        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, path, BreachApi.Notification("DE", now, "FollowUp"));
        await BreachApi.ExpectAsync(HttpStatusCode.BadRequest, host, path, BreachApi.Notification("US", now));
        await BreachApi.ExpectAsync(HttpStatusCode.BadRequest, host, path, BreachApi.Notification("DE", now, "Preliminary"));

        var breach = await host.GetAsync(id);
        Assert.Equal(["Initial", "FollowUp", "Final"], breach.GetProperty("authorityNotifications").EnumerateArray().Select(n => n.GetProperty("phase").GetString()));
    }

    [Fact]
    public async Task A_breach_assessed_as_no_risk_stops_the_clock_is_closable_and_stays_in_the_register_with_the_reason()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE"]);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("AuthorityDeadlineTimer")).Count == 1);
        await BreachApi.AssessAsync(host, id, "NoRisk");
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "NoRisk");
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("AuthorityDeadlineTimer")).Count == 0 && (await host.PendingTimersAsync("AuthorityReminderTimer")).Count == 0);

        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/close", new { summary = "Encrypted laptop, key not compromised." });
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "Closed");
        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, $"/api/v1/breaches/{id}/assessment", new { riskLevel = "Risk", rationale = "Too late." });

        var register = await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/breaches/register");
        var entry = register.EnumerateArray().Single(e => e.GetProperty("breachId").GetGuid() == id);
        Assert.False(entry.GetProperty("notified").GetBoolean());
        Assert.Contains("Assessed as NoRisk by the DPO.", entry.GetProperty("reasonNotNotified").GetString());
        Assert.Equal("Phishing aimed at the customers concerned.", entry.GetProperty("effects").GetString());
        Assert.Equal("Account disabled, credentials rotated.", entry.GetProperty("remedialAction").GetString());

        var csv = await host.Client.GetStringAsync("/api/v1/breaches/register?format=csv");
        Assert.StartsWith("\"breachId\",", csv);
        Assert.Contains(id.ToString(), csv);
    }

    [Fact]
    public async Task Close_is_refused_while_a_notification_or_the_communication_is_outstanding()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["DE", "FR"]);
        var close = $"/api/v1/breaches/{id}/close";
        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, close, new { summary = "Unassessed." });
        host.Clock.AdvanceTo(T0.AddHours(2));

        await BreachApi.AssessAsync(host, id, "HighRisk");
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/authority-notifications", BreachApi.Notification("DE", T0.AddHours(1)));
        var (status, problem) = await BreachApi.PostAsync(host, close, new { summary = "Not communicated." });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Art. 34(3)", problem.GetProperty("detail").GetString());

        await BreachApi.ExpectAsync(HttpStatusCode.BadRequest, host, $"/api/v1/breaches/{id}/subject-communication",
            new { exemption = "Encrypted", rationale = "AES-256, key safe.", channel = "Email" });
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/subject-communication",
            new { exemption = "Encrypted", rationale = "The files were AES-256 encrypted and the key was not exposed." });
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "Exempted");
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, close, new { summary = "Exempted under Art. 34(3)(a)." });
        await host.WaitForAsync(id, b => BreachApi.Status(b) == "Closed");
    }

    [Fact]
    public async Task A_DST_change_inside_the_72_hours_does_not_move_the_deadline()
    {
        // Berlin leaves summer time on 25 October 2026: 72 hours after Friday 10:00 CEST is Monday 09:00 CET, not 10:00.
        var awareAt = new DateTimeOffset(2026, 10, 23, 10, 0, 0, TimeSpan.FromHours(2));
        await using var host = await ModuleTestHost.StartAsync(h => h.Breaches(awareAt));
        var organization = await host.OrganizationAsync("DE");
        using var response = await host.Client.PostAsJsonAsync("/api/v1/breaches", new
        {
            organizationId = organization, title = "Lost backup tape", description = "A backup tape was lost in transit.",
            detectedAt = awareAt, awareAt, source = "courier", affectedCountries = new[] { "DE" }, dataCategories = new[] { "payroll" },
            approxSubjectsAffected = 300, approxRecordsAffected = 300,
        });
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var deadline = accepted.GetProperty("authorityDeadline").GetDateTimeOffset();
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), deadline);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.Equal(new DateTime(2026, 10, 26, 9, 0, 0), TimeZoneInfo.ConvertTime(deadline, berlin).DateTime);

        var id = accepted.GetProperty("id").GetGuid();
        await BreachApi.AssessAsync(host, id, "Risk");
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("AuthorityDeadlineTimer")).Any(t => t.DueAt == awareAt.AddHours(72)));
        host.Clock.AdvanceTo(awareAt.AddHours(72).AddSeconds(-3));
        await Task.Delay(800);
        Assert.False((await host.GetAsync(id)).GetProperty("deadlineMissed").GetBoolean());
        host.Clock.AdvanceTo(awareAt.AddHours(72).AddSeconds(1));
        await host.WaitForAsync(id, b => b.GetProperty("deadlineMissed").GetBoolean());
    }

    [Fact]
    public async Task A_processor_breach_has_a_controller_timer_that_the_notice_to_the_controller_cancels()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("FR");
        var told = await BreachApi.ReportAsync(host, organization, T0, ["FR"], processor: true);
        var silent = await BreachApi.ReportAsync(host, organization, T0, ["FR"], processor: true);
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("ControllerNotificationTimer")).Count(t => t.DueAt == T0.AddHours(24)) == 2);

        host.Clock.AdvanceTo(T0.AddHours(3));
        await BreachApi.ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{told}/controller-notification", new { notifiedAt = T0.AddHours(2) });
        await host.WaitUntilAsync(async () => (await host.PendingTimersAsync("ControllerNotificationTimer")).Count == 1);

        host.Clock.AdvanceTo(T0.AddHours(24).AddSeconds(1));
        await host.WaitForAsync(silent, b => BreachApi.HasTimeline(b, TimelineKinds.ControllerNotificationDue));
        Assert.Single(await host.PublishedAsync("ControllerNotificationDue"));
        Assert.False(BreachApi.HasTimeline(await host.GetAsync(told), TimelineKinds.ControllerNotificationDue));

        var notProcessor = await BreachApi.ReportAsync(host, organization, T0, ["FR"]);
        await BreachApi.ExpectAsync(HttpStatusCode.Conflict, host, $"/api/v1/breaches/{notProcessor}/controller-notification", new { notifiedAt = T0.AddHours(2) });
    }

    [Fact]
    public async Task A_potential_breach_from_security_opens_one_linked_breach_however_often_it_is_delivered()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("DE");
        var detection = new PotentialBreachDetected
        {
            DetectionId = NewId.NextGuid(),
            OrganizationId = organization,
            Rule = "UnusualAccessPattern",
            Summary = "Records read 8x above the 7-day baseline.",
            DetectedAt = T0,
            AffectedCountries = ["DE"],
            EvidenceReference = "security-alerts/42",
        };
        var bus = host.App.Services.GetRequiredService<IBus>();
        await bus.Publish(detection);
        await bus.Publish(detection);

        var link = $"security/{detection.DetectionId}";
        await host.WaitUntilAsync(() => host.WithDbAsync(db => db.Breaches.AnyAsync(b => b.LinkedSource == link)));
        var id = await host.WithDbAsync(db => db.Breaches.Where(b => b.LinkedSource == link).Select(b => b.Id).SingleAsync());
        var breach = await host.WaitForAsync(id, b => BreachApi.Status(b) == "UnderAssessment");
        await Task.Delay(500);
        Assert.Equal(1, await host.WithDbAsync(db => db.Breaches.CountAsync(b => b.LinkedSource == link)));
        Assert.Equal(T0.AddHours(72), breach.GetProperty("authorityDeadline").GetDateTimeOffset());
        Assert.Equal(link, breach.GetProperty("linkedSource").GetString());
    }

    [Fact]
    public async Task The_draft_for_a_German_and_French_breach_names_the_lead_and_the_concerned_authority_with_every_article_33_3_field()
    {
        await using var host = await BreachApi.StartAsync();
        var id = await BreachApi.ReportAsync(host, await host.OrganizationAsync("DE"), T0, ["FR", "DE"]);
        var draft = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/breaches/{id}/authority-notification/draft?timeZone=Europe/Paris");

        Assert.Equal("DE", draft.GetProperty("lead").GetProperty("authority").GetProperty("country").GetString());
        var concerned = Assert.Single(draft.GetProperty("concerned").EnumerateArray());
        Assert.Equal("FR", concerned.GetProperty("authority").GetProperty("country").GetString());
        var text = draft.GetProperty("text").GetString()!;
        foreach (var expected in new[] { "CNIL", "A service account read 48,000 customer records", "contact details",
                     "Data Protection Officer", "dpo@example.eu", "Phishing aimed at the customers concerned.", "Account disabled, credentials rotated." })
        {
            Assert.Contains(expected, text);
        }

        var content = draft.GetProperty("content").ToString();
        Assert.Contains("12000", content);
        Assert.Contains("48000", content);

        Assert.Empty(draft.GetProperty("missing").EnumerateArray());
        using var html = await host.Client.GetAsync($"/api/v1/breaches/{id}/authority-notification/draft?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        using var badZone = await host.Client.GetAsync($"/api/v1/breaches/{id}/authority-notification/draft?timeZone=Mars/Olympus");
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);
    }
}
