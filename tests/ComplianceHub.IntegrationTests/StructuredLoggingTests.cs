namespace ComplianceHub.IntegrationTests;

public sealed class StructuredLoggingTests
{
    [Fact]
    public async Task When_logging_JSON_a_consumer_event_carries_the_callers_correlation_id_and_no_personal_data()
    {
        await using var host = new HostProcess(new Dictionary<string, string> { ["Logging:Format"] = "Json" });
        await host.StartReadyAsync(TimeSpan.FromSeconds(60));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/breaches") { Content = JsonContent.Create(Breaches.Report(await Breaches.OrganizationOfAsync(host.Client), "NL")) };
        request.Headers.Add("X-Correlation-Id", "ticket-4711");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal("ticket-4711", response.Headers.GetValues("X-Correlation-Id").Single());
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.NotNull(await Breaches.WaitForAlertAsync(host.Client, id, TimeSpan.FromSeconds(30)));

        var consumerEvent = await WaitForLogAsync(host, e =>
            e.TryGetProperty("@m", out var message) && message.GetString()!.StartsWith("Critical alert raised", StringComparison.Ordinal));
        Assert.Equal("ticket-4711", consumerEvent.GetProperty("CorrelationId").GetString());
        Assert.True(Guid.TryParse(consumerEvent.GetProperty("MessageId").GetString(), out _));
        Assert.Equal("BreachReported", consumerEvent.GetProperty("MessageType").GetString());
        Assert.DoesNotContain("Unusual access pattern", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("48,000 customer records", host.Output, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForLogAsync(HostProcess host, Func<JsonElement, bool> match)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var line in host.Output.Split('\n').Where(l => l.StartsWith('{')))
            {
                var element = JsonDocument.Parse(line).RootElement;
                if (match(element))
                {
                    return element.Clone();
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException("No such log event.\n" + host.Output);
    }
}
