namespace ComplianceHub.Shared.Tests.DeadLetters;

/// <summary>Every payload view, replay, disposal and breaker transition leaves a verifiable trace.</summary>
public sealed class DeadLetterAuditTests
{
    [Fact]
    public async Task A_payload_view_a_replay_and_a_disposal_are_each_recorded_with_actor_subject_and_reason()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.010"));
        var key = Guid.NewGuid();
        var entry = await PoisonCheck.RunAsync(host, key, healthy: 1, TimeSpan.FromSeconds(30));
        using var client = DeadLetterApiTests.Client(host);
        var subject = $"dead-letter:{entry.Id}";

        var redacted = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dead-letters/{entry.Id}");
        Assert.Equal(entry.Id, redacted.GetProperty("id").GetGuid());
        Assert.False(redacted.TryGetProperty("body", out _));
        Assert.Empty(await EntriesAsync(host, subject, AuditTypes.DeadLetterPayloadViewed));

        var payload = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dead-letters/{entry.Id}/payload");
        Assert.Equal(key, payload.GetProperty("body").GetProperty("message").GetProperty("key").GetGuid());
        var viewed = Assert.Single(await EntriesAsync(host, subject, AuditTypes.DeadLetterPayloadViewed));
        Assert.Equal("bootstrap-admin", viewed.Actor);
        Assert.Contains("RecordEntry", viewed.Data, StringComparison.Ordinal);
        Assert.DoesNotContain(key.ToString(), viewed.Data, StringComparison.OrdinalIgnoreCase);

        using (var replay = await client.PostAsJsonAsync($"/api/v1/dead-letters/{entry.Id}/replay", new { reason = "consumer patched in 1.4.2" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        }

        var replayed = Assert.Single(await EntriesAsync(host, subject, AuditTypes.DeadLetterReplayed));
        Assert.Equal("consumer patched in 1.4.2", host.Services.GetRequiredService<AuditTrail>().ReasonOf(replayed));

        // Still broken: the replay fails, the entry comes back, and the operator disposes of it.
        await WaitForAsync(host, subject, AuditTypes.DeadLettered, count: 2);
        using (var delete = await client.DeleteAsync($"/api/v1/dead-letters/{entry.Id}?reason=duplicate%20of%20a%20processed%20report"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        var deleted = Assert.Single(await EntriesAsync(host, subject, AuditTypes.DeadLetterDeleted));
        Assert.Equal("duplicate of a processed report", host.Services.GetRequiredService<AuditTrail>().ReasonOf(deleted));
        Assert.Equal(
            [AuditTypes.DeadLettered, AuditTypes.DeadLetterPayloadViewed, AuditTypes.DeadLetterReplayed, AuditTypes.DeadLettered, AuditTypes.DeadLetterDeleted],
            (await EntriesAsync(host, subject, type: null)).Select(e => e.Type));
        var verification = await AuditTrailTests.VerifyAsync(host);
        Assert.True(verification.Valid, verification.Problem);

        var trail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subject={Uri.EscapeDataString(subject)}&type={AuditTypes.DeadLetterDeleted}");
        var listed = Assert.Single(trail.GetProperty("items").EnumerateArray());
        Assert.Equal("duplicate of a processed report", listed.GetProperty("reason").GetString());
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify")).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_successful_replay_and_breaker_transitions_are_recorded_and_the_export_holds_the_whole_chain()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Messaging:Retry:Limit=1", "Messaging:Retry:BaseDelay=00:00:00.010"));
        var key = Guid.NewGuid();
        var entry = await PoisonCheck.RunAsync(host, key, healthy: 1, TimeSpan.FromSeconds(30));
        await PoisonCheck.FixAndReplayAsync(host, key, entry.Id, TimeSpan.FromSeconds(30));
        await WaitForAsync(host, $"dead-letter:{entry.Id}", AuditTypes.DeadLetterReplaySucceeded, count: 1);

        using var client = DeadLetterApiTests.Client(host);
        using (var open = await client.PostAsJsonAsync("/api/v1/circuit-breakers/smtp/force-open", new { reason = "provider maintenance window" }))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        using (var close = await client.PostAsJsonAsync("/api/v1/circuit-breakers/smtp/force-close", new { reason = "maintenance over" }))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }

        var transitions = await WaitForAsync(host, "circuit-breaker:smtp", AuditTypes.CircuitBreakerTransition, count: 2);
        Assert.All(transitions, t => Assert.Equal("bootstrap-admin", t.Actor));
        Assert.Contains("\"to\":\"Open\"", transitions[0].Data, StringComparison.Ordinal);
        Assert.Contains("\"to\":\"Closed\"", transitions[1].Data, StringComparison.Ordinal);
        Assert.Equal("provider maintenance window", host.Services.GetRequiredService<AuditTrail>().ReasonOf(transitions[0]));

        using var export = await client.GetAsync("/api/v1/audit/export");
        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var all = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(all.Count, lines.Length);
        Assert.Equal(all.Select(e => e.Hash), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("hash").GetString()));
    }

    [Fact]
    public async Task Only_admins_and_dpos_may_read_a_payload_and_the_trail_is_for_admins_and_auditors()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var endpoints = ((IEndpointRouteBuilder)host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

        string[] RolesOf(string name) => [.. endpoints.Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name)
            .Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements)
            .OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Order()];

        Assert.Equal(["Admin", "Dpo"], RolesOf("GetDeadLetterPayload"));
        Assert.Equal(["Admin", "Operator"], RolesOf("GetDeadLetter"));
        Assert.Equal(["Admin", "Auditor"], RolesOf("VerifyAuditTrail"));
        Assert.Equal(["Admin", "Auditor"], RolesOf("ExportAuditTrail"));
    }

    private static Task<List<AuditEntry>> EntriesAsync(ModuleTestHost host, string subject, string? type) =>
        AuditTrailTests.WithAuditAsync(host, db => db.Entries.AsNoTracking()
            .Where(e => e.Subject == subject && (type == null || e.Type == type)).OrderBy(e => e.Sequence).ToListAsync());

    private static async Task<List<AuditEntry>> WaitForAsync(ModuleTestHost host, string subject, string type, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var entries = await EntriesAsync(host, subject, type);
            if (entries.Count >= count)
            {
                return entries;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{entries.Count} of {count} '{type}' entries for {subject}.");
            await Task.Delay(50);
        }
    }
}
