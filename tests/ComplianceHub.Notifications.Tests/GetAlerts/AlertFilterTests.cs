namespace ComplianceHub.Notifications.Tests.GetAlerts;

/// <summary>Issue 7: <c>GET /api/v1/alerts</c> filters by status, type, priority and time (when raised).</summary>
public sealed class AlertFilterTests
{
    /// <param name="query">The filter; <c>{+N}</c> stands for N minutes after the first alert was raised.</param>
    /// <param name="expected">Which of the three alerts (0: Low ProcessingRisk acknowledged, 1: Medium RegulatoryUpdate an hour later, 2: Critical DataBreach two hours later) it returns.</param>
    [Theory]
    [InlineData("status=Acknowledged", 0)]
    [InlineData("status=Open&priority=Medium", 1)]
    [InlineData("type=RegulatoryUpdate", 1)]
    [InlineData("priority=Critical", 2)]
    [InlineData("from={+90}", 2)]
    [InlineData("to={+30}", 0)]
    [InlineData("from={+30}&to={+90}", 1)]
    public async Task A_filter_returns_the_matching_alert_and_not_the_others(string query, int expected)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Notifications(MondayMorning));
        var organization = await host.OrganizationWithRegionalDpoAsync();
        var start = host.Clock.GetUtcNow();
        var low = await host.RaiseAsync(organization, "Low", type: "ProcessingRisk");
        using (var acknowledged = await host.Client.PostAsJsonAsync($"/api/v1/alerts/{low}/acknowledge", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromHours(1));
        var medium = await host.RaiseAsync(organization, "Medium", type: "RegulatoryUpdate");
        host.Clock.Advance(TimeSpan.FromHours(1));
        var critical = await host.RaiseAsync(organization, "Critical", type: "DataBreach");
        Guid[] alerts = [low, medium, critical];

        var found = await host.ListAlertsAsync("?" + Resolve(query, start));

        Assert.Equal([alerts[expected]], found.Select(a => a.GetProperty("id").GetGuid()));
        Assert.Equal(3, (await host.ListAlertsAsync()).Count); // the others exist: the filter left them out
    }

    private static string Resolve(string query, DateTimeOffset start)
    {
        foreach (var minutes in new[] { 30, 90 })
        {
            query = query.Replace($"{{+{minutes}}}", Uri.EscapeDataString(start.AddMinutes(minutes).ToString("O", CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        }

        return query;
    }
}
