namespace ComplianceHub.Notifications.Tests.Directory;

internal static class DirectoryApi
{
    public static object Dpo(string name, string email, object? overrides = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = name,
            ["email"] = email,
            ["phone"] = "+4930123456",
            ["timeZone"] = "Europe/Berlin",
            ["workingHours"] = new[] { new { day = "Monday", start = "09:00", end = "17:30" } },
            ["holidays"] = new[] { "2026-12-24" },
            ["countries"] = new[] { "DE" },
            ["channelPreferences"] = new Dictionary<string, string[]> { ["High"] = ["Email", "InApp", "Sms"] },
        };
        foreach (var property in JsonSerializer.SerializeToElement(overrides ?? new { }).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        return body;
    }

    public static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1{path}/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem naming exactly the expected field among its errors.</summary>
    public static async Task AssertInvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {response.StatusCode}: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not named in {errors}");
    }

    public static async Task AssertStatusAsync(HttpStatusCode expected, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
