namespace ComplianceHub.Shared.Tests.Http;

public sealed class HttpLimitsTests
{
    [Fact]
    public async Task A_caller_over_its_rate_gets_429_with_retry_after_while_other_callers_and_health_probes_pass()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Http:RequestsPerSecond=1", "Http:Burst=4"));
        using var admin = DeadLetterApiTests.Client(host);
        var organization = await OrganizationApiTests.CreateOrganizationAsync(admin, "Acme");
        var other = await OrganizationApiTests.CreateKeyAsync(admin, $"/api/v1/organizations/{organization}/api-keys", "Auditor");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8 && limited is null; i++)
        {
            var response = await admin.GetAsync("/api/v1/organizations");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        using (limited)
        {
            Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {limited.Headers.RetryAfter}");
            Assert.Equal(429, (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        }

        using var otherCaller = OrganizationApiTests.Client(host, other);
        using (var unaffected = await otherCaller.GetAsync($"/api/v1/organizations/{organization}"))
        {
            Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
        }

        for (var i = 0; i < 10; i++)
        {
            using var probe = await admin.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_nothing_is_created()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger("Http:MaxRequestBodyBytes=2048"));
        using var admin = DeadLetterApiTests.Client(host);

        using var huge = await admin.PostAsync("/api/v1/organizations", new StringContent(
            JsonSerializer.Serialize(new { name = new string('x', 4096), homeCountry = "IE" }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
        var organizations = await admin.GetFromJsonAsync<JsonElement>("/api/v1/organizations");
        Assert.Equal(0, organizations.GetArrayLength());
    }
}
