namespace ComplianceHub.Shared.Tests.Identity;

public sealed class OrganizationApiTests
{
    [Fact]
    public async Task An_admin_creates_an_organisation_and_a_key_that_works_once_shown_is_stored_as_a_digest_and_stops_working_when_revoked()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);

        using var created = await admin.PostAsJsonAsync("/api/v1/organizations", new { name = "Acme Health", homeCountry = "IE" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var orgId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/organizations/{orgId}", created.Headers.Location?.OriginalString);

        using var keyCreated = await admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-keys", new { name = "dpo desk", roles = new[] { "Dpo" } });
        Assert.Equal(HttpStatusCode.Created, keyCreated.StatusCode);
        var keyBody = await keyCreated.Content.ReadFromJsonAsync<JsonElement>();
        var key = keyBody.GetProperty("key").GetString()!;
        var keyId = keyBody.GetProperty("id").GetGuid();
        Assert.StartsWith("chk_", key, StringComparison.Ordinal);

        using var dpo = Client(host, key);
        var own = await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{orgId}");
        Assert.Equal("Acme Health", own.GetProperty("name").GetString());

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{orgId}/api-keys");
        var item = Assert.Single(listed.EnumerateArray());
        Assert.Equal(keyId, item.GetProperty("id").GetGuid());
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(key[..12], item.GetProperty("prefix").GetString());

        var stored = await WithIdentityAsync(host, db => db.ApiKeys.SingleAsync(k => k.Id == keyId));
        Assert.Equal(32, stored.KeyHash.Length);
        var file = await File.ReadAllBytesAsync(Path.Combine(DataDirectory(host), "compliancehub.db"));
        Assert.Equal(-1, file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(key)));

        using (var revoke = await admin.DeleteAsync($"/api/v1/organizations/{orgId}/api-keys/{keyId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var refused = await dpo.GetAsync($"/api/v1/organizations/{orgId}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var trail = await AuditTrailTests.WithAuditAsync(host, db => db.Entries.OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(
            [AuditTypes.OrganizationCreated, AuditTypes.ApiKeyCreated, AuditTypes.ApiKeyRevoked],
            trail.Where(e => e.Type != AuditTypes.ApiCall).Select(e => e.Type));

        // Each state-changing call is in the trail too, after the act it caused, with its answer.
        Assert.Equal(
            [("CreateOrganization", "201"), ("CreateApiKey", "201"), ("RevokeApiKey", "204")],
            trail.Where(e => e.Type == AuditTypes.ApiCall)
                .Select(e => (e.Subject, JsonDocument.Parse(e.Data).RootElement.GetProperty("status").GetString())));
        Assert.All(trail.Where(e => e.Type == AuditTypes.ApiCall), e => Assert.Equal("bootstrap-admin", e.Actor));
        Assert.True((await AuditTrailTests.VerifyAsync(host)).Valid);
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var orgId = await CreateOrganizationAsync(admin, "Acme");

        await AssertInvalidAsync(admin.PostAsJsonAsync("/api/v1/organizations", new { name = "x", homeCountry = "Ireland" }), "homeCountry");
        await AssertInvalidAsync(admin.PostAsJsonAsync("/api/v1/organizations", new { name = " ", homeCountry = "IE" }), "name");
        await AssertInvalidAsync(admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-keys", new { name = "k", roles = new[] { "Dpo", "Overlord" } }), "roles[1]");
        await AssertInvalidAsync(admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-keys", new { name = "k", roles = new[] { "Operator" } }), "roles[0]");
        await AssertInvalidAsync(admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-keys", new { name = "k", roles = Array.Empty<string>() }), "roles");
        await AssertInvalidAsync(
            admin.PostAsJsonAsync($"/api/v1/organizations/{orgId}/api-keys", new { name = "k", roles = new[] { "Dpo" }, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) }), "expiresAt");
    }

    [Fact]
    public async Task Callers_see_only_their_organisation_other_ids_answer_404_and_wrong_roles_403_without_data()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var global = DeadLetterApiTests.Client(host);
        var mine = await CreateOrganizationAsync(global, "Mine");
        var theirs = await CreateOrganizationAsync(global, "Theirs");
        using var orgAdmin = Client(host, await CreateKeyAsync(global, $"/api/v1/organizations/{mine}/api-keys", "Admin"));

        var organizations = await orgAdmin.GetFromJsonAsync<JsonElement>("/api/v1/organizations");
        Assert.Equal([mine], organizations.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
        foreach (var path in new[] { $"/api/v1/organizations/{theirs}", $"/api/v1/organizations/{theirs}/api-keys", $"/api/v1/organizations/{Guid.NewGuid()}" })
        {
            using var hidden = await orgAdmin.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var other = await orgAdmin.PostAsJsonAsync($"/api/v1/organizations/{theirs}/api-keys", new { name = "k", roles = new[] { "Admin" } }))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        // An organisation's Admin manages its own keys, but is not a platform Admin (it reads only its own audit entries).
        var analystKey = await CreateKeyAsync(orgAdmin, $"/api/v1/organizations/{mine}/api-keys", "ComplianceAnalyst");
        foreach (var (method, path) in new[] { ("POST", "/api/v1/organizations"), ("GET", "/api/v1/dead-letters"), ("GET", "/api/v1/circuit-breakers") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { name = "x", homeCountry = "IE" }) };
            using var forbidden = await orgAdmin.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            await AssertNoDataAsync(forbidden);
        }

        using var analyst = Client(host, analystKey);
        using (var wrongRole = await analyst.GetAsync($"/api/v1/organizations/{mine}/api-keys"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        }

        // A platform key with the Operator role triages dead letters.
        using var operatorClient = Client(host, await CreateKeyAsync(global, "/api/v1/api-keys", "Operator"));
        using var triage = await operatorClient.GetAsync("/api/v1/dead-letters");
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        using var payloadRefused = await operatorClient.GetAsync($"/api/v1/dead-letters/{Guid.NewGuid()}/payload");
        Assert.Equal(HttpStatusCode.Forbidden, payloadRefused.StatusCode);
    }

    [Fact]
    public async Task An_expired_key_is_refused()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var orgId = await CreateOrganizationAsync(admin, "Acme");
        using var created = await admin.PostAsJsonAsync(
            $"/api/v1/organizations/{orgId}/api-keys", new { name = "short-lived", roles = new[] { "Auditor" }, expiresAt = DateTimeOffset.UtcNow.AddSeconds(2) });
        using var client = Client(host, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);

        using (var before = await client.GetAsync($"/api/v1/organizations/{orgId}"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var after = await client.GetAsync($"/api/v1/organizations/{orgId}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_organisations_auditor_reads_the_entries_about_its_organisation_and_none_of_another()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var ours = await CreateOrganizationAsync(admin, "Ours");
        var theirs = await CreateOrganizationAsync(admin, "Theirs");
        var auditorKey = await CreateKeyAsync(admin, $"/api/v1/organizations/{ours}/api-keys", "Auditor");
        await CreateKeyAsync(admin, $"/api/v1/organizations/{theirs}/api-keys", "Dpo");
        using var auditor = Client(host, auditorKey);

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=500");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal(ours, e.GetProperty("organizationId").GetGuid()));
        Assert.Contains(items, e => e.GetProperty("type").GetString() == AuditTypes.OrganizationCreated);
        Assert.Contains(items, e => e.GetProperty("type").GetString() == AuditTypes.ApiKeyCreated);
        var export = await auditor.GetStringAsync("/api/v1/audit/export");
        Assert.DoesNotContain(theirs.ToString(), export, StringComparison.Ordinal);
        Assert.Contains(ours.ToString(), export, StringComparison.Ordinal);

        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=500");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), e =>
            e.GetProperty("organizationId").ValueKind == JsonValueKind.String && e.GetProperty("organizationId").GetGuid() == theirs);
        var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verification.GetProperty("valid").GetBoolean());
    }

    internal static HttpClient Client(ModuleTestHost host, string key) => host.ClientWith(key);

    internal static async Task<Guid> CreateOrganizationAsync(HttpClient admin, string name)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry = "DE" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    internal static async Task<string> CreateKeyAsync(HttpClient admin, string path, params string[] roles)
    {
        using var response = await admin.PostAsJsonAsync(path, new { name = "test key", roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>A refusal says only that it is one: a problem with no resource data.</summary>
    internal static async Task AssertNoDataAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            var fields = JsonDocument.Parse(body).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Subset(new HashSet<string> { "type", "title", "status", "traceId" }, fields);
        }
    }

    private static async Task AssertInvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        using var response = await call;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {problem}");
    }

    private static Task<T> WithIdentityAsync<T>(ModuleTestHost host, Func<IdentityDbContext, Task<T>> query) =>
        host.WithDbAsync<IdentityDbContext, T>(query);

    private static string DataDirectory(ModuleTestHost host) =>
        host.Services.GetRequiredService<ComplianceHub.Shared.Hosting.StorageOptions>().DataDirectoryFullPath;
}
