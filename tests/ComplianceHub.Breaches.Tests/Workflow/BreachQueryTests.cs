using static ComplianceHub.Breaches.Tests.Workflow.BreachApi;

namespace ComplianceHub.Breaches.Tests.Workflow;

/// <summary><c>GET /breaches</c>: each filter returns the matching breaches and not the others; paging; bad values.</summary>
public sealed class BreachQueryTests
{
    [Fact]
    public async Task Status_filter_returns_the_breaches_in_that_state_only()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("DE");
        var noRisk = await BreachApi.ReportAsync(host, organization, T0, ["DE"]);
        var unassessed = await BreachApi.ReportAsync(host, organization, T0, ["DE"]);
        var risk = await BreachApi.ReportAsync(host, organization, T0, ["DE"]);
        await BreachApi.AssessAsync(host, noRisk, "NoRisk");
        await BreachApi.AssessAsync(host, risk, "Risk");
        await host.WaitForAsync(noRisk, b => BreachApi.Status(b) == "NoRisk");
        await host.WaitForAsync(unassessed, b => BreachApi.Status(b) == "UnderAssessment");
        await host.WaitForAsync(risk, b => BreachApi.Status(b) == "AwaitingAuthorityNotification");

        Assert.Equal([noRisk], (await ListAsync(host, "?status=NoRisk")).Ids);
        Assert.Equal([unassessed], (await ListAsync(host, "?status=underassessment")).Ids);
        Assert.Equal([risk], (await ListAsync(host, "?status=AwaitingAuthorityNotification")).Ids);
        Assert.Empty((await ListAsync(host, "?status=Closed")).Ids);
        Assert.Equal(3, (await ListAsync(host, "")).Total);
    }

    [Fact]
    public async Task Deadline_filter_returns_the_breaches_due_strictly_before_the_instant()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("DE");
        var dueFirst = await BreachApi.ReportAsync(host, organization, T0.AddHours(-10), ["DE"]);
        var dueSecond = await BreachApi.ReportAsync(host, organization, T0.AddHours(-5), ["DE"]);
        var dueLast = await BreachApi.ReportAsync(host, organization, T0, ["DE"]);

        Assert.Equal([dueFirst, dueSecond], (await ListAsync(host, $"?deadlineBefore={Instant(T0.AddHours(70))}")).Ids);
        Assert.Equal([dueFirst], (await ListAsync(host, $"?deadlineBefore={Instant(T0.AddHours(67))}")).Ids);
        Assert.Equal([dueFirst], (await ListAsync(host, $"?deadlineBefore={Uri.EscapeDataString("2026-03-05T04:00:00+02:00")}")).Ids);
        Assert.Equal([dueFirst, dueSecond, dueLast], (await ListAsync(host, $"?deadlineBefore={Instant(T0.AddHours(73))}")).Ids);
        Assert.Empty((await ListAsync(host, $"?deadlineBefore={Instant(T0.AddHours(62))}")).Ids);
    }

    [Fact]
    public async Task Country_filter_returns_the_breaches_affecting_people_there()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("DE");
        var german = await BreachApi.ReportAsync(host, organization, T0.AddHours(-3), ["DE"]);
        var french = await BreachApi.ReportAsync(host, organization, T0.AddHours(-2), ["FR"]);
        var both = await BreachApi.ReportAsync(host, organization, T0.AddHours(-1), ["DE", "FR"]);

        Assert.Equal([french, both], (await ListAsync(host, "?country=FR")).Ids);
        Assert.Equal([german, both], (await ListAsync(host, "?country=DE")).Ids);
        Assert.Empty((await ListAsync(host, "?country=IT")).Ids);
    }

    [Fact]
    public async Task Pages_split_the_list_in_deadline_order_and_count_every_match()
    {
        await using var host = await BreachApi.StartAsync();
        var organization = await host.OrganizationAsync("DE");
        var ids = new List<Guid>();
        for (var i = 5; i >= 1; i--)
        {
            ids.Add(await BreachApi.ReportAsync(host, organization, T0.AddHours(-i), ["DE"]));
        }

        var first = await ListAsync(host, "?pageSize=2");
        var third = await ListAsync(host, "?page=3&pageSize=2");
        Assert.Equal(ids[..2], first.Ids);
        Assert.Equal(ids[2..4], (await ListAsync(host, "?page=2&pageSize=2")).Ids);
        Assert.Equal(ids[4..], third.Ids);
        Assert.Empty((await ListAsync(host, "?page=4&pageSize=2")).Ids);
        Assert.All(new[] { first, third }, p => Assert.Equal(5, p.Total));
        var filtered = await ListAsync(host, $"?page=2&pageSize=2&country=DE&deadlineBefore={Instant(T0.AddHours(70))}");
        Assert.Equal(ids[2..3], filtered.Ids);
        Assert.Equal(3, filtered.Total);
    }

    [Theory]
    [InlineData("status=Bogus", "status")]
    [InlineData("status=5", "status")]
    [InlineData("deadlineBefore=yesterday", "deadlineBefore")]
    [InlineData("deadlineBefore=2026-13-01T00:00:00Z", "deadlineBefore")]
    [InlineData("country=XX1", "country")]
    [InlineData("country=de", "country")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task An_invalid_filter_is_a_problem_naming_the_parameter(string query, string parameter)
    {
        await using var host = await BreachApi.StartAsync();
        using var response = await host.Client.GetAsync($"/api/v1/breaches?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), problem.ToString());
        Assert.Single(errors.EnumerateObject());
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

    private static async Task<(List<Guid> Ids, int Total)> ListAsync(ModuleTestHost host, string query)
    {
        using var response = await host.Client.GetAsync($"/api/v1/breaches{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {response.StatusCode} {body}");
        var page = JsonDocument.Parse(body).RootElement;
        return ([.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())], page.GetProperty("total").GetInt32());
    }
}
