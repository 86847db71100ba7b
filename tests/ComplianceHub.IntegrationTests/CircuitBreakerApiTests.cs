using System.Text.RegularExpressions;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// The operator's view of the circuit breakers, over HTTP against the embedded host: one for the class (only the
/// first test moves a breaker, and it asserts the history it made).
/// </summary>
public sealed class CircuitBreakerApiTests(EmbeddedHost embedded) : IClassFixture<EmbeddedHost>
{
    [Fact]
    public async Task An_operator_forces_a_breaker_open_and_closed_and_sees_it_in_the_list_the_history_and_the_metrics()
    {
        var host = embedded.Host;

        using var opened = await host.Client.PostAsJsonAsync("/api/v1/circuit-breakers/smtp/force-open", new { reason = "relay maintenance" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var smtp = Find(await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/circuit-breakers"), "smtp");
        Assert.Equal("Open", smtp.GetProperty("state").GetString());
        Assert.True(smtp.GetProperty("forced").GetBoolean());
        var last = smtp.GetProperty("history")[0];
        Assert.Equal("relay maintenance", last.GetProperty("reason").GetString());
        Assert.Equal("bootstrap-admin", last.GetProperty("operator").GetString());
        Assert.True(await MetricShowsAsync(host, @"compliancehub_circuit_breaker_state\{[^}]*breaker=""smtp""[^}]*\} 2\b"), "smtp is not open in /metrics");

        using var closed = await host.Client.PostAsJsonAsync("/api/v1/circuit-breakers/smtp/force-close", new { reason = "done" });
        var after = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Closed", after.GetProperty("state").GetString());
        Assert.Equal(["Closed", "Open"], after.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Bad_requests_get_problem_details_naming_the_field_and_unknown_breakers_404()
    {
        var host = embedded.Host;

        using var noReason = await host.Client.PostAsJsonAsync("/api/v1/circuit-breakers/smtp/force-open", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var problem = await noReason.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));

        using var unknown = await host.Client.PostAsJsonAsync("/api/v1/circuit-breakers/nowhere/force-open", new { reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        using var denied = await anonymous.GetAsync("/api/v1/circuit-breakers");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);

        var document = JsonDocument.Parse((await host.TryGetAsync("/openapi/v1.json")).Body).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/circuit-breakers", paths);
        Assert.Contains("/api/v1/circuit-breakers/{name}/force-open", paths);
    }

    /// <summary>The scrape endpoint caches its answer briefly: poll until the sample appears.</summary>
    private static async Task<bool> MetricShowsAsync(HostProcess host, string pattern)
    {
        for (var i = 0; i < 20; i++)
        {
            if (Regex.IsMatch((await host.TryGetAsync("/metrics")).Body, pattern))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static JsonElement Find(JsonElement list, string name) =>
        list.EnumerateArray().Single(b => b.GetProperty("name").GetString() == name);
}
