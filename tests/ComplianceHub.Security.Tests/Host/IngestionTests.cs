using ComplianceHub.Shared.Messaging;

namespace ComplianceHub.Security.Tests.Host;

/// <summary>Ingestion: validation, idempotent resubmission, evaluations keyed by source (ordering itself: OrderingTests).</summary>
public sealed class IngestionTests
{
    [Fact]
    public async Task When_a_batch_is_resubmitted_nothing_is_stored_or_evaluated_twice()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        object[] items = [.. Enumerable.Range(0, 12).Select(i => Events.Access(T0.AddSeconds(-i), "frank", "Denied", externalId: $"dup-{i}"))];
        var first = await host.SubmitAsync(items);
        Assert.Equal(12, first.GetProperty("accepted").GetInt32());
        await host.EvaluatedAsync();

        var second = await host.SubmitAsync(items);
        Assert.Equal(0, second.GetProperty("accepted").GetInt32());
        Assert.Equal(12, second.GetProperty("duplicates").GetInt32());
        Assert.Equal(Ids(first), Ids(second));
        var (status, one) = await host.SendAsync(HttpMethod.Post, "/api/v1/security-events",
            Merge(items[3], host.Organization));
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.True(one.GetProperty("duplicate").GetBoolean());
        Assert.Equal(Ids(first)[3], one.GetProperty("id").GetGuid());

        await Task.Delay(500);
        Assert.Equal(12, await host.WithDbAsync(db => db.Events.CountAsync()));
        Assert.Single(await host.PublishedAsync("EvaluateSecurityEvents"));
        Assert.Single(await host.AlertsAsync());
    }

    [Fact]
    public async Task Should_name_each_invalid_field_of_a_batch_by_its_index_and_store_nothing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        var (status, problem) = await host.SendAsync(HttpMethod.Post, "/api/v1/security-events/batch", new
        {
            organizationId = host.Organization,
            items = new object[]
            {
                Events.Access(T0, "gina", "Denied"),
                new { type = "AccessControl", externalId = "x", source = "siem", occurredAt = T0, details = new { resource = "db", outcome = "Maybe" } },
                new { type = "EncryptionStatus", externalId = "y", source = "kms", occurredAt = T0.AddHours(1), details = new { system = "db", status = "Ok" } },
                new { type = "VulnerabilityScan", externalId = "z", source = "scan", occurredAt = T0, details = new { title = "t", asset = "a", cvssScore = 10.5 } },
                new { type = "Intrusion", externalId = "w", source = "ids", occurredAt = T0, details = new { } },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("items[1].details.principal", errors);
        Assert.Contains("items[1].details.outcome", errors);
        Assert.Contains("items[2].occurredAt", errors);
        Assert.Contains("items[3].details.cvssScore", errors);
        Assert.Contains("items[4].type", errors);
        Assert.DoesNotContain(errors, e => e.StartsWith("items[0]", StringComparison.Ordinal));
        Assert.Equal(0, await host.WithDbAsync(db => db.Events.CountAsync()));

        var (tooMany, body) = await host.SendAsync(HttpMethod.Post, "/api/v1/security-events/batch", new
        {
            organizationId = host.Organization,
            items = Enumerable.Range(0, 1001).Select(_ => Events.Access(T0, "gina", "Granted")).ToArray(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany);
        Assert.True(body.GetProperty("errors").TryGetProperty("items", out _), body.ToString());
    }

    [Fact]
    public async Task Should_key_each_evaluation_by_its_source_on_an_ordered_endpoint()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        await host.SubmitAsync(Events.Access(T0, "hank", "Granted", 1, "siem-a"), Events.Access(T0, "hank", "Granted", 1, "siem-b"));
        var keys = (await host.PublishedAsync("EvaluateSecurityEvents")).Select(m => m.PartitionKey).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"security/{host.Organization:N}/siem-a", $"security/{host.Organization:N}/siem-b"], keys);
        var messaging = host.App.Services.GetRequiredService<MessagingOptions>();
        Assert.True(messaging.Endpoints[SecurityEventsEvaluationConsumer.Endpoint].Ordered);
    }

    private static List<Guid> Ids(JsonElement answer) => [.. answer.GetProperty("ids").EnumerateArray().Select(i => i.GetGuid())];

    private static Dictionary<string, object?> Merge(object item, Guid organization)
    {
        var json = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(item))!;
        json["organizationId"] = organization;
        return json;
    }
}
