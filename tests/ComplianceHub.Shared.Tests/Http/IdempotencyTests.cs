using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Http.Idempotency.Data;

namespace ComplianceHub.Shared.Tests.Http;

public sealed class IdempotencyTests
{
    [Fact]
    public async Task The_same_key_twice_creates_one_organisation_and_replays_the_first_answer()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var key = "retry-" + Guid.NewGuid();

        using var first = await PostAsync(admin, new { name = "Acme Health", homeCountry = "IE" }, key);
        using var second = await PostAsync(admin, new { name = "Acme Health", homeCountry = "IE" }, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains(IdempotencyKey.ReplayedHeader));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(["true"], second.Headers.GetValues(IdempotencyKey.ReplayedHeader));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(body, await second.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        Assert.Equal([id], await OrganizationIdsAsync(host, "Acme Health"));

        // Neither the key nor the answer is stored in clear.
        var record = Assert.Single(await RecordsAsync(host));
        Assert.StartsWith("pd1:", record.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), record.Body, StringComparison.OrdinalIgnoreCase);
        var file = await File.ReadAllBytesAsync(Path.Combine(host.Services.GetRequiredService<StorageOptions>().DataDirectoryFullPath, "compliancehub.db"));
        Assert.Equal(-1, file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(key)));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_organisation_and_all_get_the_same_answer()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await PostAsync(admin, new { name = "Racing Ltd", homeCountry = "FR" }, key);
            return (response.StatusCode, Location: response.Headers.Location?.OriginalString, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(HttpStatusCode.Created, answers[0].StatusCode);
        Assert.Single(await OrganizationIdsAsync(host, "Racing Ltd"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_with_422_naming_the_header()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(admin, new { name = "First", homeCountry = "IE" }, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var reused = await PostAsync(admin, new { name = "Second", homeCountry = "IE" }, key);

        await AssertRefusedNamingTheHeaderAsync(reused, HttpStatusCode.UnprocessableEntity);
        Assert.Empty(await OrganizationIdsAsync(host, "Second"));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(0)]
    public async Task A_malformed_key_is_refused_with_400_naming_the_header_and_creates_nothing(int length)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);

        using var response = await PostAsync(admin, new { name = "Malformed", homeCountry = "IE" }, new string('k', length));

        await AssertRefusedNamingTheHeaderAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(await OrganizationIdsAsync(host, "Malformed"));
    }

    [Fact]
    public async Task Without_a_key_two_posts_create_two_organisations()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);

        using var first = await PostAsync(admin, new { name = "Twice", homeCountry = "IE" }, key: null);
        using var second = await PostAsync(admin, new { name = "Twice", homeCountry = "IE" }, key: null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, (await OrganizationIdsAsync(host, "Twice")).Count);
        Assert.Empty(await RecordsAsync(host));
    }

    [Fact]
    public async Task A_refused_request_is_not_stored_so_the_fixed_request_may_reuse_the_key()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var key = Guid.NewGuid().ToString();

        using var refused = await PostAsync(admin, new { name = "Fixed", homeCountry = "Ireland" }, key);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(await RecordsAsync(host));

        using var fixedRequest = await PostAsync(admin, new { name = "Fixed", homeCountry = "IE" }, key);
        Assert.Equal(HttpStatusCode.Created, fixedRequest.StatusCode);
        Assert.False(fixedRequest.Headers.Contains(IdempotencyKey.ReplayedHeader));
        Assert.Single(await OrganizationIdsAsync(host, "Fixed"));
    }

    [Fact]
    public async Task The_same_key_from_another_caller_is_another_request()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        using var otherAdmin = OrganizationApiTests.Client(host, await OrganizationApiTests.CreateKeyAsync(admin, "/api/v1/api-keys", "Admin"));
        var key = Guid.NewGuid().ToString();

        using var mine = await PostAsync(admin, new { name = "Shared key", homeCountry = "IE" }, key);
        using var theirs = await PostAsync(otherAdmin, new { name = "Shared key", homeCountry = "IE" }, key);

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains(IdempotencyKey.ReplayedHeader));
        Assert.Equal(2, (await OrganizationIdsAsync(host, "Shared key")).Count);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("organization")]
    public async Task Creating_an_api_key_refuses_an_idempotency_key_so_the_key_is_never_replayed(string scope)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        var path = scope == "platform" ? "/api/v1/api-keys" : $"/api/v1/organizations/{await OrganizationApiTests.CreateOrganizationAsync(admin, "Keys")}/api-keys";
        var idempotencyKey = Guid.NewGuid().ToString();

        foreach (var attempt in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { name = "ci", roles = new[] { "Auditor" } }) };
            request.Headers.Add(IdempotencyKey.Header, idempotencyKey);
            using var response = await admin.SendAsync(request);

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"attempt {attempt}: {response.StatusCode} {body}");
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(IdempotencyKey.Header, out _), body);
            Assert.DoesNotContain("chk_", body, StringComparison.Ordinal);
        }

        await using var db = host.Services.CreateAsyncScope();
        Assert.Empty(await db.ServiceProvider.GetRequiredService<IdentityDbContext>().ApiKeys.ToListAsync());
        Assert.Empty(await RecordsAsync(host));
    }

    [Fact]
    public async Task The_purge_deletes_answers_older_than_the_retention_and_keeps_newer_ones()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);
        using var fresh = await PostAsync(admin, new { name = "Fresh", homeCountry = "IE" }, "fresh-key");
        var expiredId = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>();
            db.Records.Add(new IdempotencyRecord
            {
                Id = expiredId, KeyHash = new string('0', 64), Fingerprint = new string('0', 64),
                CreatedAt = DateTimeOffset.UtcNow - TimeSpan.FromHours(25), StatusCode = 201, Body = "",
            });
            await db.SaveChangesAsync();
        }

        var deleted = await host.Services.GetRequiredService<IdempotencyRecordPurge>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        var kept = Assert.Single(await RecordsAsync(host));
        Assert.NotEqual(expiredId, kept.Id);
        using var replay = await PostAsync(admin, new { name = "Fresh", homeCountry = "IE" }, "fresh-key");
        Assert.Equal(["true"], replay.Headers.GetValues(IdempotencyKey.ReplayedHeader));
    }

    [Fact]
    public async Task The_api_document_shows_the_header_on_idempotent_operations_only()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger());
        using var admin = DeadLetterApiTests.Client(host);

        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.Contains(IdempotencyKey.Header, HeaderParameters(paths.GetProperty("/api/v1/organizations").GetProperty("post")));
        Assert.DoesNotContain(IdempotencyKey.Header, HeaderParameters(paths.GetProperty("/api/v1/api-keys").GetProperty("post")));
        Assert.DoesNotContain(IdempotencyKey.Header, HeaderParameters(paths.GetProperty("/api/v1/organizations/{orgId}/api-keys").GetProperty("post")));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("31.00:00:00")]
    public void An_out_of_range_retention_stops_the_host_naming_the_key(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Http:IdempotencyKeyRetention"] = value })
            .Build();

        var ex = Assert.Throws<InvalidConfigurationException>(() => configuration.BindValidated<IdempotencyOptions>(IdempotencyOptions.Section));

        Assert.Contains("Http:IdempotencyKeyRetention", ex.Message, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedNamingTheHeaderAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(IdempotencyKey.Header, out _), problem.ToString());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organizations") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKey.Header, key);
        }

        return await client.SendAsync(request);
    }

    private static IEnumerable<string> HeaderParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()!)
            : [];

    private static async Task<List<Guid>> OrganizationIdsAsync(ModuleTestHost host, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Organizations.Where(o => o.Name == name).Select(o => o.Id).ToListAsync();
    }

    private static async Task<List<IdempotencyRecord>> RecordsAsync(ModuleTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyDbContext>().Records.AsNoTracking().ToListAsync();
    }
}
