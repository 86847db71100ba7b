namespace ComplianceHub.DataSubjectRequests.Tests.Fulfilment;

/// <summary>Fulfilment addresses are an organisation's own, and a task is completed only by its own system (or a person).</summary>
public sealed class FulfilmentTenancyTests
{
    private const string RefusedType = "data-subject-requests.task-completion-refused";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_organisation_cannot_register_another_organisations_queue_and_its_own_queues_are_namespaced()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var mine = await host.OrganizationAsync("DE");
        var theirs = await host.OrganizationAsync("FR");

        var named = await host.RegisterSystemAsync(mine, "CRM", "Bus", "crm-dsr", "Access");
        Assert.Equal($"fulfilment.{mine:N}.crm-dsr", named.GetProperty("address").GetString());
        var whole = await host.RegisterSystemAsync(mine, "ERP", "Bus", $"fulfilment.{mine:N}.erp", "Access");
        Assert.Equal($"fulfilment.{mine:N}.erp", whole.GetProperty("address").GetString());

        foreach (var foreign in new[] { $"fulfilment.{theirs:N}.crm-dsr", $"FULFILMENT.{theirs:N}.crm-dsr", $"fulfilment.{mine:N}.", "fulfilment.crm" })
        {
            var (status, problem) = await host.PostAsync("/api/v1/fulfilment-systems",
                new { organizationId = mine, name = "Stolen", requestTypes = new[] { "Access" }, delivery = "Bus", address = foreign });
            Assert.True(status == HttpStatusCode.BadRequest, $"{foreign}: {status} {problem}");
            Assert.True(problem.GetProperty("errors").TryGetProperty("address", out _), problem.ToString());
        }

        using var moved = await host.Client.PutAsJsonAsync($"/api/v1/fulfilment-systems/{named.GetProperty("id").GetGuid()}",
            new { name = "CRM", requestTypes = new[] { "Access" }, delivery = "Bus", address = $"fulfilment.{theirs:N}.crm-dsr" });
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);

        // The commands go to the organisation's own queues only.
        var id = await host.ReceiveAsync(mine, "Access", ReceivedAt);
        await host.VerifyAsync(id);
        var destinations = (await host.PublishedAsync(nameof(FulfilDataSubjectRequest))).Select(c => new Uri(c.DestinationAddress).AbsolutePath).Order().ToList();
        Assert.Equal([$"/fulfilment.{mine:N}.crm-dsr", $"/fulfilment.{mine:N}.erp"], destinations);
    }

    [Fact]
    public async Task A_completion_naming_another_systems_task_is_refused_and_audited_on_the_api_and_on_the_bus()
    {
        using var receiver = new SignedWebhookReceiver();
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1)), null, LoopbackReceivers.Allowed));
        var organization = await host.OrganizationAsync("DE");
        var webhook = await host.RegisterSystemAsync(organization, "Billing", "Webhook", receiver.Url, "Access");
        receiver.Secret = webhook.GetProperty("secret").GetString();
        await host.RegisterSystemAsync(organization, "CRM", "Bus", "crm-dsr", "Access");
        var id = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        await host.VerifyAsync(id);
        var tasks = (await host.GetAsync(id)).GetProperty("tasks").EnumerateArray().ToList();
        var busTask = ModuleTestHost.TaskId(tasks, "Bus");
        var webhookTask = ModuleTestHost.TaskId(tasks, "Webhook");

        // Each system got its own token: the bus one in its command, the webhook one in its signed POST.
        var busToken = Token(host.OpenOutbox(Assert.Single(await host.PublishedAsync(nameof(FulfilDataSubjectRequest)))));
        await host.WaitUntilAsync(() => Task.FromResult(!receiver.Received.IsEmpty));
        var webhookToken = Token(Assert.Single(receiver.Received).Body);
        Assert.NotEqual(busToken, webhookToken);

        // The API: an Integration key (a system) completes only with its own task's token; a person needs none.
        using var integration = await host.CallerAsync(organization, "Integration");
        foreach (var token in new[] { null, busToken, webhookToken[..^4] + "AAA=" })
        {
            using var refused = await integration.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/tasks/{webhookTask}/complete",
                new { outcome = "Exported", completionToken = token });
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{token}: {refused.StatusCode} {problem}");
            Assert.True(problem.GetProperty("errors").TryGetProperty("completionToken", out _), problem.ToString());
        }

        Assert.All((await host.GetAsync(id)).GetProperty("tasks").EnumerateArray(), t => Assert.NotEqual("Completed", t.GetProperty("status").GetString()));
        var refusals = await RefusalsAsync(host);
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(webhookTask.ToString(), r.GetProperty("data").GetProperty("taskId").GetString()));
        Assert.All(refusals, r => Assert.StartsWith("key:", r.GetProperty("actor").GetString(), StringComparison.Ordinal));

        using (var own = await integration.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/tasks/{webhookTask}/complete",
            new { outcome = "Exported", completionToken = webhookToken }))
        {
            Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        }

        // The bus: an answer for the CRM's task with another system's token changes nothing and is audited.
        var bus = host.App.Services.GetRequiredService<IBus>();
        await bus.Publish(new DataSubjectRequestTaskCompleted { RequestId = id, TaskId = busTask, Outcome = "Exported", CompletionToken = webhookToken });
        await bus.Publish(new DataSubjectRequestTaskCompleted { RequestId = id, TaskId = busTask, Outcome = "Exported" });
        await host.WaitUntilAsync(async () => (await RefusalsAsync(host)).Count == 5);
        var busRefusals = (await RefusalsAsync(host)).Where(r => r.GetProperty("data").GetProperty("channel").GetString() == "bus").ToList();
        Assert.Equal(2, busRefusals.Count);
        Assert.All(busRefusals, r => Assert.Equal(busTask.ToString(), r.GetProperty("data").GetProperty("taskId").GetString()));
        Assert.Equal("Sent", (await host.GetAsync(id)).GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == busTask).GetProperty("status").GetString());

        await bus.Publish(new DataSubjectRequestTaskCompleted { RequestId = id, TaskId = busTask, Outcome = "Exported", CompletionToken = busToken });
        await host.WaitForAsync(id, r => r.GetProperty("status").GetString() == "AllTasksDone");
    }

    [Fact]
    public async Task A_person_still_completes_any_task_of_the_organisation_without_a_token()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        await host.RegisterSystemAsync(organization, "CRM", "Bus", "crm-dsr", "Access");
        var id = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        await host.VerifyAsync(id);
        var task = await host.OnlyTaskAsync(id);

        using var dpo = await host.CallerAsync(organization, "Dpo");
        using var done = await dpo.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/tasks/{task}/complete", new { outcome = "Exported" });

        Assert.Equal(HttpStatusCode.Accepted, done.StatusCode);
        Assert.Empty(await RefusalsAsync(host));
    }

    [Fact]
    public async Task A_retried_registration_with_the_same_idempotency_key_is_replayed_without_the_webhook_secret()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        var body = new { organizationId = organization, name = "Billing", requestTypes = new[] { "Access" }, delivery = "Webhook", address = "https://billing.example.eu/dsr" };
        var key = "register-" + Guid.NewGuid();

        using var first = await PostWithKeyAsync(host.Client, body, key);
        using var replay = await PostWithKeyAsync(host.Client, body, key);

        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.StartsWith("whsec_", created.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(created.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, replayed.GetProperty("secret").ValueKind);
        Assert.Equal(["secret"], replay.Headers.GetValues("Idempotent-Replay-Redacted"));
        Assert.Single(await host.Client.GetFromJsonAsync<List<JsonElement>>("/api/v1/fulfilment-systems") ?? []);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/fulfilment-systems") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<List<JsonElement>> RefusalsAsync(ModuleTestHost host)
    {
        var page = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?type={RefusedType}&pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    /// <summary>The <c>completionToken</c> anywhere in a JSON document (a webhook body, or the command inside its envelope).</summary>
    private static string Token(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Find(document.RootElement) ?? throw new InvalidOperationException("no completionToken in the message");

        static string? Find(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.NameEquals("completionToken") ? p.Value.GetString() : Find(p.Value)).FirstOrDefault(t => t is not null),
            JsonValueKind.Array => element.EnumerateArray().Select(Find).FirstOrDefault(t => t is not null),
            _ => null,
        };
    }
}
