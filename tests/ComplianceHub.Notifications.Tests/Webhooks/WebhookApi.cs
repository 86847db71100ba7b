namespace ComplianceHub.Notifications.Tests.Webhooks;

internal static class WebhookApi
{
    public static async Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient client, string url, params string[] eventTypes)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, eventTypes });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        var created = JsonDocument.Parse(body).RootElement;
        return (created.GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    public static async Task<Guid> PingAsync(HttpClient client, Guid subscription)
    {
        using var response = await client.PostAsync($"/api/v1/webhooks/{subscription}/ping", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deliveryId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryId").GetGuid();
        Assert.Equal($"/api/v1/webhooks/{subscription}/deliveries/{deliveryId}", response.Headers.Location?.OriginalString);
        return deliveryId;
    }

    public static async Task<JsonElement> DeliveriesAsync(HttpClient client, Guid subscription) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{subscription}/deliveries")).GetProperty("items");

    public static async Task<JsonElement> SubscriptionAsync(HttpClient client, Guid subscription) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{subscription}");

    /// <summary>The fields a 400 problem names.</summary>
    public static async Task<IReadOnlyList<string>> ProblemFieldsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
