namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>Valid bodies for the three registers (with overrides) and assertions on the answers.</summary>
internal static class RegisterApi
{
    public static Dictionary<string, object?> Activity(object? overrides = null) => With(new Dictionary<string, object?>
    {
        ["name"] = "Customer support",
        ["purposes"] = new[] { "Answering enquiries" },
        ["dataSubjectCategories"] = new[] { "Customers" },
        ["personalDataCategories"] = new[] { "Contact details", "Order history" },
        ["recipientCategories"] = new[] { "Support tool provider" },
        ["transfers"] = Array.Empty<Guid>(),
        ["retention"] = "24 months after the ticket is closed.",
        ["securityMeasures"] = "Role-based access, TLS, encryption at rest.",
    }, overrides);

    public static Dictionary<string, object?> Transfer(object? overrides = null) => With(new Dictionary<string, object?>
    {
        ["recipient"] = "Helpdesk SaaS Inc.",
        ["destinationCountry"] = "IN",
        ["mechanism"] = "SCC",
        ["impactAssessedOn"] = "2026-01-15",
        ["expiresOn"] = "2099-12-31",
    }, overrides);

    public static Dictionary<string, object?> Processor(object? overrides = null) => With(new Dictionary<string, object?>
    {
        ["name"] = "Mailing Services GmbH",
        ["country"] = "DE",
        ["dpaSignedOn"] = "2025-03-01",
        ["subProcessors"] = new[] { "Cloud Hosting SE" },
        ["lastAuditOn"] = "2026-06-12",
        ["status"] = "Active",
    }, overrides);

    public static async Task<JsonElement> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        var created = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal($"/api/v1{path}/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        return created;
    }

    public static async Task<JsonElement> PutAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PutAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
