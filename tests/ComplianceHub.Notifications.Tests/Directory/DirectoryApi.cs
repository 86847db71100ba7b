namespace ComplianceHub.Notifications.Tests.Directory;

internal static class DirectoryApi
{
    public static object Dpo(string name, string email, object? overrides = null) => With(new Dictionary<string, object?>
    {
        ["name"] = name,
        ["email"] = email,
        ["phone"] = "+4930123456",
        ["timeZone"] = "Europe/Berlin",
        ["workingHours"] = new[] { new { day = "Monday", start = "09:00", end = "17:30" } },
        ["holidays"] = new[] { "2026-12-24" },
        ["countries"] = new[] { "DE" },
        ["channelPreferences"] = new Dictionary<string, string[]> { ["High"] = ["Email", "InApp", "Sms"] },
    }, overrides);

    public static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1{path}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1{path}/{id}", response.Headers.Location?.OriginalString);
        return id;
    }
}
