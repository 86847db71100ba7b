using ComplianceHub.Shared.Audit.Checkpoints;

namespace ComplianceHub.Shared.Tests.Audit;

public sealed class AuditCheckpointApiTests
{
    [Fact]
    public async Task A_published_checkpoint_is_in_the_0600_file_and_verifies_when_uploaded_while_an_altered_one_is_refused_naming_the_signature()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var admin = DeadLetterApiTests.Client(host);
        await AuditTamperScenarios.AppendAsync(host, 3);

        using var published = await admin.PostAsync("/api/v1/audit/checkpoints", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var checkpoint = (await published.Content.ReadFromJsonAsync<AuditCheckpoint>())!;
        Assert.True(checkpoint.Sequence >= 3);
        var file = host.Services.GetRequiredService<AuditCheckpointSink>().FilePath;
        Assert.Contains(File.ReadAllLines(file), l => l.Contains(checkpoint.Hash, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var verified = await (await admin.PostAsJsonAsync("/api/v1/audit/verify", checkpoint)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        Assert.True(verified.GetProperty("checkpoint").GetProperty("matches").GetBoolean());

        // A checkpoint moved forward (to claim entries that never existed, or to hide a cut) no longer verifies.
        using var forged = await admin.PostAsJsonAsync("/api/v1/audit/verify", checkpoint with { Sequence = checkpoint.Sequence + 10 });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var problem = await forged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("signature", out _), problem.ToString());
    }

    [Fact]
    public async Task Only_platform_callers_publish_checkpoints_and_an_organisation_auditor_is_told_only_about_its_own_entries()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var admin = DeadLetterApiTests.Client(host);
        var organization = await OrganizationApiTests.CreateOrganizationAsync(admin, "Verify View GmbH");
        var auditor = OrganizationApiTests.Client(host, await OrganizationApiTests.CreateKeyAsync(admin, $"/api/v1/organizations/{organization}/api-keys", Roles.Auditor));
        var trail = host.Services.GetRequiredService<AuditTrail>();
        await trail.AppendAsync(new AuditRecord("test.theirs", "actor", "subject:theirs", OrganizationId: organization), CancellationToken.None);
        await trail.AppendAsync(new AuditRecord("test.platform", "actor", "subject:platform"), CancellationToken.None);

        using var refused = await auditor.PostAsync("/api/v1/audit/checkpoints", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var own = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(own.GetProperty("valid").GetBoolean());
        var everything = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(own.GetProperty("checked").GetInt64() < everything.GetProperty("checked").GetInt64());

        // A break in a platform entry: the organisation learns that the chain is broken, not where or in what.
        var platformEntry = await AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.Where(e => e.Type == "test.platform").Select(e => e.Sequence).SingleAsync());
        await AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.Where(e => e.Sequence == platformEntry).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "forged")));
        var broken = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("firstBrokenEntry").ValueKind);
        var platform = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.Equal(platformEntry, platform.GetProperty("firstBrokenEntry").GetInt64());
    }

    [Fact]
    public async Task Verification_is_rate_limited_per_caller()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Audit:VerifyRequestsPerMinute=2"));
        var admin = DeadLetterApiTests.Client(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await admin.GetAsync("/api/v1/audit/verify");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_stopped_trail_answers_calls_with_a_problem_until_an_admin_reseals_it_recording_the_break()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        var admin = DeadLetterApiTests.Client(host);
        await AuditTamperScenarios.AppendAsync(host, 4);
        var third = await AuditTamperScenarios.WithAuditAsync(host, db => db.Entries.AsNoTracking().SingleAsync(e => e.Sequence == 3));
        await AuditTamperScenarios.WithAuditAsync(host, async db =>
        {
            await db.Entries.Where(e => e.Sequence == 4).ExecuteDeleteAsync();
            return await db.Head.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, 3L).SetProperty(h => h.Hash, third.Hash));
        });

        // A state-changing call is not answered as a success while its audit entry cannot be written.
        using var call = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Unaudited AG", homeCountry = "AT" });
        Assert.False(call.IsSuccessStatusCode);
        Assert.Equal("application/problem+json", call.Content.Headers.ContentType?.MediaType);

        using var stale = await admin.PostAsJsonAsync("/api/v1/audit/head/reseal", new { expectedSequence = 4, reason = "investigated" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var resealed = await admin.PostAsJsonAsync("/api/v1/audit/head/reseal", new { expectedSequence = 3, reason = "Ticket 9: head restored from backup" });
        Assert.Equal(HttpStatusCode.OK, resealed.StatusCode);
        var entry = await resealed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AuditTypes.AuditHeadResealed, entry.GetProperty("type").GetString());

        using var after = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Audited AG", homeCountry = "AT" });
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }
}
