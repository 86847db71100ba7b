namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary>The workflow tests' start (host and clock) and the requests they send, in the API's JSON shape.</summary>
internal static class BreachApi
{
    /// <summary>When the breaches of these tests become known: Monday 2 March 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The module's test host with its clock at <see cref="T0"/>.</summary>
    public static Task<ModuleTestHost> StartAsync() => ModuleTestHost.StartAsync(h => h.Breaches(T0));

    public static async Task<Guid> ReportAsync(
        ModuleTestHost host, Guid organizationId, DateTimeOffset awareAt, string[] countries, bool processor = false)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/v1/breaches", new
        {
            organizationId,
            title = "Unusual access pattern detected in customer database",
            description = "A service account read 48,000 customer records outside its usual pattern.",
            detectedAt = awareAt.AddHours(-1),
            awareAt,
            source = "siem",
            affectedCountries = countries,
            dataCategories = new[] { "contact details", "order history" },
            approxSubjectsAffected = 12000,
            approxRecordsAffected = 48000,
            likelyConsequences = "Phishing aimed at the customers concerned.",
            measuresTaken = "Account disabled, credentials rotated.",
            reportedByProcessor = processor,
            contactPoint = new { name = "Data Protection Officer", email = "dpo@example.eu" },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ModuleTestHost host, string path, object body)
    {
        using var response = await host.Client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task ExpectAsync(HttpStatusCode expected, ModuleTestHost host, string path, object body)
    {
        var (status, answer) = await PostAsync(host, path, body);
        Assert.True(status == expected, $"{path}: expected {expected}, got {status}: {answer}");
    }

    public static Task AssessAsync(ModuleTestHost host, Guid id, string riskLevel) =>
        ExpectAsync(HttpStatusCode.Accepted, host, $"/api/v1/breaches/{id}/assessment", new { riskLevel, rationale = $"Assessed as {riskLevel} by the DPO." });

    public static object Notification(string country, DateTimeOffset submittedAt, string phase = "Initial", string? reasonsForDelay = null) =>
        new { authorityCountry = country, submittedAt, phase, reference = "CASE-1", reasonsForDelay };

    public static bool HasTimeline(JsonElement breach, string kind) =>
        breach.GetProperty("timeline").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == kind);

    public static int CountTimeline(JsonElement breach, string kind) =>
        breach.GetProperty("timeline").EnumerateArray().Count(t => t.GetProperty("kind").GetString() == kind);

    public static string Status(JsonElement breach) => breach.GetProperty("status").GetString()!;
}
