namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>
/// Query values and bodies the framework cannot bind answer the handlers' validation problem naming the field (the
/// JSON path inside a body), never a bare 400 or a 500, and never echo the value: it may be personal data.
/// </summary>
public sealed class BindingProblemTests(ReportingHostFixture fixture) : IClassFixture<ReportingHostFixture>
{
    private const string Personal = "jane.doe@example.eu";

    [Theory]
    [InlineData("/api/v1/register-changes?page=abc", "page")]
    [InlineData("/api/v1/register-changes?pageSize=" + Personal, "pageSize")]
    [InlineData("/api/v1/register-changes?from=" + Personal, "from")]
    [InlineData("/api/v1/register-changes?to=2026-02-30T00:00:00Z", "to")]
    [InlineData("/api/v1/report-schedules?organizationId=" + Personal, "organizationId")]
    [InlineData("/api/v1/processing-activities?page=1e3", "page")]
    public async Task Should_name_the_query_parameter_whose_value_cannot_be_bound(string query, string field)
    {
        using var response = await fixture.Host.Client.GetAsync(query);
        await AssertNamesAsync(response, field);
    }

    [Theory]
    [InlineData("/api/v1/processing-activities", """{"name":{"first":"Jane","last":"jane.doe@example.eu"}}""", "name")]
    [InlineData("/api/v1/processing-activities", """{"purposes":["ok",["jane.doe@example.eu"]]}""", "purposes[1]")]
    [InlineData("/api/v1/transfers", """{"recipient":"r","destinationCountry":"US","safeguards":"jane.doe@example.eu""", "body")]
    [InlineData("/api/v1/processors", "", "body")]
    [InlineData("/api/v1/processors", "jane.doe@example.eu", "body")]
    public async Task Should_name_the_json_path_of_a_body_that_cannot_be_bound(string path, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await fixture.Dpo.PostAsync(path, content);
        await AssertNamesAsync(response, field);
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"expected errors.{field} in {text}");
        Assert.Single(errors.EnumerateObject());
        Assert.True(problem.TryGetProperty("traceId", out _), text);
        Assert.DoesNotContain("jane.doe", text, StringComparison.OrdinalIgnoreCase);
    }
}
