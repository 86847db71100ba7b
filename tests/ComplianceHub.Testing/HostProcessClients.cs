using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace ComplianceHub.Testing;

/// <summary>Callers of a <see cref="HostProcess"/> other than its bootstrap Admin.</summary>
public static class HostProcessClients
{
    /// <summary>A new organisation (home country DE) and a client with an API key of it in <paramref name="role"/>.</summary>
    public static async Task<HttpClient> OrganizationClientAsync(this HostProcess host, string organizationName, string role)
    {
        using var organization = await host.Client.PostAsJsonAsync("/api/v1/organizations", new { name = organizationName, homeCountry = "DE" });
        Assert.True(organization.StatusCode == HttpStatusCode.Created, await organization.Content.ReadAsStringAsync());
        var organizationId = (await organization.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var key = await host.Client.PostAsJsonAsync(
            $"/api/v1/organizations/{organizationId}/api-keys", new { name = role.ToLowerInvariant(), roles = new[] { role } });
        Assert.True(key.IsSuccessStatusCode, await key.Content.ReadAsStringAsync());
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        return client;
    }
}
