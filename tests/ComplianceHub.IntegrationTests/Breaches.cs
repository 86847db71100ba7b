namespace ComplianceHub.IntegrationTests;

/// <summary>Requests the tests send, in the API's JSON shape.</summary>
internal static class Breaches
{
    public static object Report(Guid organizationId, params string[] countries) => new
    {
        organizationId,
        title = "Unusual access pattern detected in customer database",
        description = "A service account read 48,000 customer records outside its usual pattern.",
        detectedAt = DateTimeOffset.UtcNow.AddHours(-2),
        source = "siem",
        affectedCountries = countries,
        dataCategories = new[] { "contact details", "order history" },
        specialCategoryData = false,
        approxSubjectsAffected = 12000,
        approxRecordsAffected = 48000,
    };

    public static async Task<JsonElement> ReportAsync(HttpClient client, params string[] countries) =>
        await ReportForAsync(client, await OrganizationOfAsync(client), countries);

    public static async Task<JsonElement> ReportForAsync(HttpClient client, Guid organizationId, params string[] countries)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/breaches", Report(organizationId, countries));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>An organisation the tests report for, created once per client (the clients hold the platform Admin key).</summary>
    public static Task<Guid> OrganizationOfAsync(HttpClient client) =>
        Organizations.GetValue(client, async c =>
        {
            using var response = await c.PostAsJsonAsync("/api/v1/organizations", new { name = "Integration tests", homeCountry = "DE" });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, Task<Guid>> Organizations = [];

    /// <summary>Polls the alerts raised for a breach until one appears (the event crossed the bus) or time runs out.</summary>
    public static async Task<JsonElement?> WaitForAlertAsync(HttpClient client, string breachId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync($"/api/v1/alerts?source=breaches/{breachId}");
            if (response.IsSuccessStatusCode)
            {
                var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                if (page.GetProperty("total").GetInt32() > 0)
                {
                    return page.GetProperty("items")[0].Clone();
                }
            }

            await Task.Delay(200);
        }

        return null;
    }
}
