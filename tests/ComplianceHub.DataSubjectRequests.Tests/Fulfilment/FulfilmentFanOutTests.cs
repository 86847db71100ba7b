namespace ComplianceHub.DataSubjectRequests.Tests.Fulfilment;

/// <summary>The fan-out: one task per system, a command on the bus or a signed webhook, each answered; then the response.</summary>
public sealed class FulfilmentFanOutTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_access_request_fans_out_to_a_bus_system_and_a_webhook_system_and_is_answered_once_both_are_done()
    {
        using var receiver = new SignedWebhookReceiver { FailFirst = 1 };
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1)), null,
            ["Messaging:Retry:BaseDelay=00:00:00.200", "Messaging:Retry:MaxDelay=00:00:01", .. LoopbackReceivers.Allowed]));
        var organization = await host.OrganizationAsync("DE");
        await host.RegisterSystemAsync(organization, "CRM", "Bus", "crm-dsr", "Access", "Erasure");
        var webhook = await host.RegisterSystemAsync(organization, "Billing", "Webhook", receiver.Url, "Access");
        receiver.Secret = webhook.GetProperty("secret").GetString();
        await host.RegisterSystemAsync(organization, "Marketing", "Bus", "marketing-dsr", "Objection");

        var id = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        var verified = await host.VerifyAsync(id, "email-challenge");
        Assert.Equal("InProgress", verified.GetProperty("status").GetString());
        var request = await host.GetAsync(id);
        var tasks = request.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["Billing", "CRM"], tasks.Select(t => t.GetProperty("systemName").GetString()).Order());
        var busTask = ModuleTestHost.TaskId(tasks, "Bus");
        var webhookTask = ModuleTestHost.TaskId(tasks, "Webhook");

        // The bus system's command went to its queue, with the subject it needs, sealed at rest in the outbox.
        var command = Assert.Single(await host.PublishedAsync(nameof(FulfilDataSubjectRequest)));
        Assert.Equal($"/fulfilment.{organization:N}.crm-dsr", new Uri(command.DestinationAddress).AbsolutePath);
        var clear = host.OpenOutbox(command);
        Assert.Contains("erika@example.eu", clear, StringComparison.Ordinal);
        Assert.Contains(busTask.ToString(), clear, StringComparison.OrdinalIgnoreCase);

        // The webhook: refused once (503), retried, then received with a valid signature and the subject.
        await host.WaitForAsync(id, r => r.GetProperty("tasks").EnumerateArray().Any(t => t.GetProperty("id").GetGuid() == webhookTask && t.GetProperty("status").GetString() == "Sent"));
        Assert.True(receiver.Calls >= 2);
        var (hookId, body, valid) = Assert.Single(receiver.Received);
        Assert.True(valid, "The webhook signature does not verify.");
        Assert.Equal(webhookTask.ToString(), hookId);
        using var payload = JsonDocument.Parse(body);
        Assert.Equal("erika@example.eu", payload.RootElement.GetProperty("subject").GetProperty("email").GetString());
        Assert.Equal(webhookTask, payload.RootElement.GetProperty("taskId").GetGuid());
        Assert.False(string.IsNullOrEmpty(payload.RootElement.GetProperty("completionToken").GetString()));

        // Both systems answer: the bus one on the bus, the webhook one through the API.
        var token = JsonDocument.Parse(clear).RootElement.GetProperty("message").GetProperty("completionToken").GetString();
        await host.App.Services.GetRequiredService<IBus>().Publish(
            new DataSubjectRequestTaskCompleted { RequestId = id, TaskId = busTask, Outcome = "Exported", Evidence = "crm-export-77", CompletionToken = token });
        await host.WaitForAsync(id, r => r.GetProperty("tasks").EnumerateArray().Any(t => t.GetProperty("id").GetGuid() == busTask && t.GetProperty("status").GetString() == "Completed"));
        await host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{id}/tasks/{webhookTask}/complete", new { outcome = "Exported", evidence = "billing-export-12" });
        var done = await host.WaitForAsync(id, r => r.GetProperty("status").GetString() == "AllTasksDone");
        Assert.All(done.GetProperty("tasks").EnumerateArray(), t => Assert.Equal("Completed", t.GetProperty("status").GetString()));
        await host.ExpectAsync(HttpStatusCode.Conflict, $"/api/v1/data-subject-requests/{id}/tasks/{webhookTask}/complete", new { outcome = "Exported" });

        await host.RespondFulfilledAsync(id, ReceivedAt.AddHours(1));
        var responded = await host.GetAsync(id);
        Assert.Equal("Responded", responded.GetProperty("status").GetString());
        Assert.Equal("erika@example.eu", responded.GetProperty("subject").GetProperty("email").GetString());
        Assert.False(responded.GetProperty("subjectErased").GetBoolean());
    }

    [Fact]
    public async Task An_answered_erasure_request_crypto_shreds_the_subject_and_removes_the_messages_that_carried_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        await host.RegisterSystemAsync(organization, "CRM", "Bus", "crm-dsr", "Erasure");
        var marker = "Zed-" + Guid.NewGuid().ToString("N")[..12];
        var id = await host.ReceiveAsync(organization, "Erasure", ReceivedAt,
            new { name = marker + " Name", email = marker + "@example.eu", identifier = marker + "-ID" });
        await host.VerifyAsync(id);
        var task = await host.OnlyTaskAsync(id);
        Assert.Single(await host.PublishedAsync(nameof(FulfilDataSubjectRequest)));
        await host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{id}/tasks/{task}/complete", new { outcome = "Deleted" });

        await host.RespondFulfilledAsync(id, ReceivedAt.AddHours(1));

        var erased = await host.WaitForAsync(id, r => r.GetProperty("subjectErased").GetBoolean());
        Assert.Equal(JsonValueKind.Null, erased.GetProperty("subject").ValueKind);
        Assert.True(ModuleTestHost.HasTimeline(erased, "SubjectErased"));
        Assert.Empty(await host.PublishedAsync(nameof(FulfilDataSubjectRequest)));
        Assert.Equal(0, await host.WithDbAsync(db => db.SubjectKeys.CountAsync()));
        await host.WaitUntilAsync(async () => (await host.PublishedAsync(nameof(DataSubjectErased))).Count == 1);

        // Every outbox body the ring can open, and the database files themselves: the subject is nowhere.
        foreach (var message in await host.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync()))
        {
            Assert.DoesNotContain(marker, host.OpenOutbox(message), StringComparison.Ordinal);
        }

        var files = Directory.GetFiles(host.DataDirectory, "*.db*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.DoesNotContain(marker, Encoding.UTF8.GetString(copy.ToArray()), StringComparison.Ordinal);
        }
    }
}
