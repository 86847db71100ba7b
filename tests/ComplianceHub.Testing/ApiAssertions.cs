using System.Net;
using System.Text.Json;
using Xunit;

namespace ComplianceHub.Testing;

/// <summary>Request bodies with overrides and assertions on the API's answers, shared by the module tests.</summary>
public static class ApiAssertions
{
    /// <summary>A valid body with the properties of <paramref name="overrides"/> replacing (or adding to) its own.</summary>
    public static Dictionary<string, object?> With(Dictionary<string, object?> body, object? overrides)
    {
        foreach (var property in JsonSerializer.SerializeToElement(overrides ?? new { }).EnumerateObject())
        {
            body[property.Name] = property.Value;
        }

        return body;
    }

    /// <summary>Gets and asserts 200.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem naming the expected field among its errors.</summary>
    public static async Task AssertInvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {response.StatusCode}: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not named in {errors}");
    }

    /// <summary>Asserts the status and returns the body.</summary>
    public static async Task<string> AssertStatusAsync(HttpStatusCode expected, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return text;
    }
}
