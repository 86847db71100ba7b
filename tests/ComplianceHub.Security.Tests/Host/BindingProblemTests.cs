using System.Text;

namespace ComplianceHub.Security.Tests.Host;

/// <summary>
/// Values the framework cannot bind (query values, JSON of the wrong shape) answer the handlers' validation problem
/// naming the field, never a bare 400 or a 500, and never echo the value (it may be personal data).
/// </summary>
public sealed class BindingProblemTests
{
    [Fact]
    public async Task Should_name_the_query_parameter_whose_value_cannot_be_bound()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        (string Query, string Field, string Expected)[] cases =
        [
            ("/api/v1/security-events?page=abc", "page", "whole number"),
            ("/api/v1/security-events?page=nobody", "page", "whole number"),
            ("/api/v1/security-events?pageSize=1.5", "pageSize", "whole number"),
            ("/api/v1/security-events?from=jane.doe@example.eu", "from", "ISO 8601"),
            ("/api/v1/security-events?to=2026-13-01T00:00:00Z", "to", "ISO 8601"),
            ("/api/v1/security-alerts?page=jane.doe@example.eu", "page", "whole number"),
        ];
        foreach (var (query, field, expected) in cases)
        {
            using var response = await host.Client.GetAsync(query);
            var problem = await BindingProblem.AssertNamesAsync(response, field, "jane.doe");
            Assert.Contains(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_name_the_json_path_of_a_body_value_of_the_wrong_type()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        var items = JsonSerializer.Serialize(Enumerable.Range(0, 4).Select(i => new
        {
            type = "AccessControl",
            externalId = $"b-{i}",
            source = "siem",
            occurredAt = i == 3 ? "jane.doe@example.eu" : "2026-03-09T10:00:00Z",
            details = new { principal = "p", resource = "db", outcome = "Denied" },
        }));
        (string Path, string Body, string Field)[] cases =
        [
            ("/api/v1/security-events/batch", $$"""{"organizationId":"{{host.Organization}}","items":{{items}}}""", "items[3].occurredAt"),
            ("/api/v1/scans/s-1/finished", """{"issues":[{"id":"CVE-1","title":"t","asset":"a","cvssScore":"high"}]}""", "issues[0].cvssScore"),
            ("/api/v1/security-events", """{"organizationId":"jane.doe@example.eu"}""", "organizationId"),
            ("/api/v1/security-events", """{"type":"AccessControl",""", "body"),
            ("/api/v1/security-events", "", "body"),
            ("/api/v1/security-events", "jane.doe@example.eu", "body"),
        ];
        foreach (var (path, body, field) in cases)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await host.Client.PostAsync(path, content);
            await BindingProblem.AssertNamesAsync(response, field, "jane.doe");
        }
    }

    [Fact]
    public async Task Should_answer_415_naming_the_body_when_it_is_not_sent_as_json()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        using var content = new StringContent("jane.doe@example.eu", Encoding.UTF8, "text/plain");
        using var response = await host.Client.PostAsync("/api/v1/security-events", content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty("body", out _), text);
        Assert.DoesNotContain("jane.doe", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_a_problem_even_to_a_caller_that_accepts_only_html()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/security-events?page=abc");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await host.Client.SendAsync(request);

        var problem = await BindingProblem.AssertNamesAsync(response, "page", "abc");
        Assert.True(problem.TryGetProperty("traceId", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_refuse_an_oversized_chunked_body_with_413_not_500()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0, "Http:MaxRequestBodyBytes=2048"));
        var huge = $$"""{"type":"AccessControl","externalId":"{{new string('x', 8192)}}"}""";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/security-events") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }
}
