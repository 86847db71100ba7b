using ComplianceHub.Testing.Outbound;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// Issue 10 end to end on RabbitMQ and PostgreSQL: an Access request fans out to a bus system (this test, reading its
/// queue on the broker and answering on the bus, signed and encrypted like any peer) and a webhook system (a local
/// receiver checking the Standard Webhooks signature with its own code); both complete, the request is answered, and
/// the monthly Data Subject Request Log lists it with its dates.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class DataSubjectRequestOnRealServersTests(ServersFixture servers)
{
    private const string Queue = "crm-dsr-it";
    private const string TimeZone = "Europe/Berlin";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_access_request_fans_out_to_a_bus_and_a_webhook_system_is_answered_and_appears_in_the_monthly_log()
    {
        using var receiver = new SignedWebhookReceiver();
        var settings = await servers.FreshHostSettingsAsync();
        settings["Database:MigrateOnStartup"] = "true";
        settings["Messaging:Outbox:PollInterval"] = "00:00:00.200";
        foreach (var (key, value) in LoopbackReceivers.AllowedSettings)
        {
            settings[key] = value; // the webhook receiver is on loopback
        }

        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));
        using var dpo = await host.OrganizationClientAsync("Rights requests", "Dpo");

        var crm = await CreatedAsync(dpo, "/api/v1/fulfilment-systems", new { name = "CRM", requestTypes = new[] { "Access" }, delivery = "Bus", address = Queue });
        var queue = crm.GetProperty("address").GetString()!; // namespaced by the organisation: fulfilment.{orgId:N}.crm-dsr-it
        Assert.EndsWith("." + Queue, queue, StringComparison.Ordinal);
        var webhook = await CreatedAsync(dpo, "/api/v1/fulfilment-systems", new { name = "Billing", requestTypes = new[] { "Access" }, delivery = "Webhook", address = receiver.Url });
        receiver.Secret = webhook.GetProperty("secret").GetString();

        var receivedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        using var created = await dpo.PostAsJsonAsync("/api/v1/data-subject-requests", new
        {
            type = "Access", receivedAt, channel = "web-form", country = "DE",
            subject = new { name = "Erika Mustermann", email = "erika.it@example.eu", identifier = "CUST-IT-1" },
        });
        var accepted = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, accepted.ToString());
        var id = accepted.GetProperty("id").GetGuid();
        var dueAt = accepted.GetProperty("dueAt").GetDateTimeOffset();
        using var verified = await dpo.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/identity-verification", new { outcome = "Verified", method = "email-challenge" });
        Assert.Equal(HttpStatusCode.Accepted, verified.StatusCode);

        // The bus system: its command arrives on its queue, signed and sealed under the host's keys.
        var ring = Ring(settings);
        var factory = ServersFixture.Amqp(settings);
        await using var connection = await factory.CreateConnectionAsync();
        var (envelope, properties) = await ReceiveCommandAsync(connection, queue);
        var route = new MessageRoute(
            Header(properties, MessageSignatureHeaders.Destination) ?? "", Header(properties, MessageSignatureHeaders.MessageTypes) ?? "", Header(properties, MessageSignatureHeaders.PartitionKey) ?? "");
        Assert.Equal(SignatureCheck.Valid, ring.Verify(envelope, Header(properties, MessageSignatureHeaders.KeyId), Header(properties, MessageSignatureHeaders.Timestamp), Header(properties, MessageSignatureHeaders.Signature), route, DateTimeOffset.UtcNow));
        var (_, clear) = EncryptedMessages.Open(ring, envelope);
        using var command = JsonDocument.Parse(clear);
        var fulfil = command.RootElement.GetProperty("message");
        Assert.Equal(id, fulfil.GetProperty("requestId").GetGuid());
        Assert.Equal("erika.it@example.eu", fulfil.GetProperty("subjectEmail").GetString());
        var busTask = fulfil.GetProperty("taskId").GetGuid();

        // The webhook system: one signed POST with the subject and its task.
        await Poll.UntilAsync(() => Task.FromResult(!receiver.Received.IsEmpty), Patience);
        var (_, hookBody, signatureValid) = Assert.Single(receiver.Received);
        Assert.True(signatureValid, "The webhook's Standard Webhooks signature does not verify.");
        using var hook = JsonDocument.Parse(hookBody);
        var webhookTask = hook.RootElement.GetProperty("taskId").GetGuid();
        Assert.Equal("CUST-IT-1", hook.RootElement.GetProperty("subject").GetProperty("identifier").GetString());

        // Both answer: the bus system on the bus, the webhook system through the API.
        await using (var channel = await connection.CreateChannelAsync())
        {
            await PublishCompletionAsync(channel, ring, id, busTask, fulfil.GetProperty("completionToken").GetString()!);
        }

        await Poll.UntilAsync(async () => TaskStatus(await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/data-subject-requests/{id}"), busTask) == "Completed", Patience);
        using var completed = await dpo.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/tasks/{webhookTask}/complete", new { outcome = "Exported", evidence = "billing-export-1" });
        Assert.Equal(HttpStatusCode.Accepted, completed.StatusCode);
        Assert.Equal("AllTasksDone", (await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/data-subject-requests/{id}")).GetProperty("status").GetString());

        var respondedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var responded = await dpo.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/respond", new { sentAt = respondedAt, outcome = "Fulfilled" });
        Assert.Equal(HttpStatusCode.Accepted, responded.StatusCode);

        // The monthly log of this month so far (Berlin; a period may end today) lists it with its dates, once Reporting has the three events.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = TimeZoneInfo.ConvertTime(receivedAt, zone);
        var first = new DateOnly(local.Year, local.Month, 1);
        string row = "";
        await Poll.UntilAsync(async () =>
        {
            using var generate = await dpo.PostAsJsonAsync("/api/v1/reports/DataSubjectRequestLog/generate", new
            {
                periodStart = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                periodEnd = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                timeZone = TimeZone,
            });
            var answer = await generate.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(generate.StatusCode == HttpStatusCode.Accepted, $"generate: {generate.StatusCode} {answer}");
            var report = answer.GetProperty("id").GetGuid();
            await Poll.UntilAsync(async () => (await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{report}")).GetProperty("status").GetString() == "Completed", Patience);
            var csv = await dpo.GetStringAsync($"/api/v1/reports/{report}/content?format=csv");
            row = csv.Split("\r\n").FirstOrDefault(l => l.StartsWith(id.ToString("D"), StringComparison.Ordinal)) ?? "";
            return row.Contains("Fulfilled", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(60));
        Assert.Contains(Instant(receivedAt, zone), row, StringComparison.Ordinal);
        Assert.Contains(Instant(dueAt, zone), row, StringComparison.Ordinal);
        Assert.Contains(Instant(respondedAt, zone), row, StringComparison.Ordinal);
        Assert.Contains(",Access,", row, StringComparison.Ordinal);
        Assert.DoesNotContain("erika", row, StringComparison.OrdinalIgnoreCase);
    }

    private static string Instant(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? TaskStatus(JsonElement request, Guid task) =>
        request.GetProperty("tasks").EnumerateArray().SingleOrDefault(t => t.GetProperty("id").GetGuid() == task) is { ValueKind: JsonValueKind.Object } found
            ? found.GetProperty("status").GetString()
            : null;

    private static MessageKeyRing Ring(Dictionary<string, string> settings) => new(
        new Dictionary<string, byte[]> { ["it-1"] = Convert.FromBase64String(settings["Security:Messages:SigningKeys:it-1"]) }, "it-1",
        new Dictionary<string, byte[]> { ["it-1"] = Convert.FromBase64String(settings["Security:Messages:EncryptionKeys:it-1"]) }, "it-1",
        TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);

    private static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value?.ToString() }
            : null;

    /// <summary>Polls the system's queue (declared by the host when it first sends) until the command is there.</summary>
    private static async Task<(byte[] Body, IReadOnlyBasicProperties Properties)> ReceiveCommandAsync(IConnection connection, string queue)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
                {
                    return (message.Body.ToArray(), message.BasicProperties);
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                // the queue does not exist yet
            }

            Assert.True(DateTime.UtcNow < deadline, $"No command arrived on {queue}.");
            await Task.Delay(200);
        }
    }

    private static async Task PublishCompletionAsync(IChannel channel, MessageKeyRing ring, Guid requestId, Guid taskId, string completionToken)
    {
        const string type = "ComplianceHub.DataSubjectRequests.Contracts:DataSubjectRequestTaskCompleted";
        var envelope = $$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:{{{type}}}"],"message":{"requestId":"{{{requestId}}}","taskId":"{{{taskId}}}","outcome":"Exported","evidence":"crm-export-1","completionToken":"{{{completionToken}}}"},"headers":{}}""";
        var body = EncryptedMessages.Seal(ring, "application/vnd.masstransit+json", Encoding.UTF8.GetBytes(envelope));
        var now = DateTimeOffset.UtcNow;
        await channel.BasicPublishAsync(type, "", mandatory: false, new BasicProperties
        {
            ContentType = EncryptedMessages.MediaType,
            Persistent = true,
            // As a connected system signs: for the exchange it publishes to, with the message's type.
            Headers = MessageSignatureHeaders.For(ring, body, now, new MessageRoute(type, $"urn:message:{type}", "")),
        }, body);
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {response.StatusCode} {answer}");
        return answer;
    }
}
