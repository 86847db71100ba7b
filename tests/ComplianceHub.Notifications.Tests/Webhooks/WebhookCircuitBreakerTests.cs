using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Shared.Identity;
using ComplianceHub.Testing;

namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>Each webhook endpoint has its own circuit breaker (<c>webhook:{host}</c>): a failing receiver stops being called.</summary>
public sealed class WebhookCircuitBreakerTests
{
    [Fact]
    public async Task A_receiver_that_keeps_failing_opens_its_breaker_and_is_not_called_while_it_is_open()
    {
        await using var host = await WebhooksHost.StartAsync(
            "Resilience:CircuitBreakers:Defaults:FailureThreshold=2", "Resilience:CircuitBreakers:Defaults:MinimumThroughput=2",
            "Resilience:CircuitBreakers:Defaults:RecoveryTimeout=00:10:00");
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        var organization = await host.OrganizationAsync("Acme Health");
        using var dpo = await host.CallerAsync(organization, Roles.Dpo);
        var (subscription, _) = await WebhookApi.SubscribeAsync(dpo, receiver.Url, "*");

        await WebhookApi.PingAsync(dpo, subscription);
        await WebhookApi.PingAsync(dpo, subscription);
        var name = $"webhook:{new Uri(receiver.Url).Host}";
        await Poll.UntilAsync(async () => await StateAsync(host, name) == "Open");
        Assert.Equal(2, receiver.Received.Count);

        var third = await WebhookApi.PingAsync(dpo, subscription);
        await Poll.UntilAsync(async () => (await WebhookApi.DeliveriesAsync(dpo, subscription)).ToString().Contains(third.ToString(), StringComparison.Ordinal)
            && !(await WebhookApi.DeliveriesAsync(dpo, subscription)).ToString().Contains("\"Pending\"", StringComparison.Ordinal));
        await Task.Delay(500);
        Assert.Equal(2, receiver.Received.Count);
    }

    private static async Task<string?> StateAsync(WebhooksHost host, string name)
    {
        using var response = await host.Admin.GetAsync($"/api/v1/circuit-breakers/{Uri.EscapeDataString(name)}");
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString()
            : null;
    }
}
