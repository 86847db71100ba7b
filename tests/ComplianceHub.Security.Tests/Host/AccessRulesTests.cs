namespace ComplianceHub.Security.Tests.Host;

/// <summary>The per-principal rules through the API, evaluated asynchronously, on a travelling clock.</summary>
public sealed class AccessRulesTests
{
    [Fact]
    public async Task When_a_principal_is_denied_ten_times_in_five_minutes_one_high_alert_is_raised_per_window()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddMinutes(30)));
        await host.SubmitAsync([.. Enumerable.Range(0, 9).Select(i => Events.Access(T0.AddSeconds(i * 20), "alice@example.eu", "Denied"))]);
        await host.EvaluatedAsync();
        Assert.Empty(await host.AlertsAsync());

        // The 10th within 5 minutes fires; the 11th to 15th in the same window do not fire again.
        await host.SubmitAsync([.. Enumerable.Range(9, 6).Select(i => Events.Access(T0.AddSeconds(i * 20), "alice@example.eu", "Denied"))]);
        await host.EvaluatedAsync();
        var alert = Assert.Single(await host.AlertsAsync());
        Assert.Equal("High", alert.GetProperty("priority").GetString());
        Assert.Equal("Unauthorized access attempts", alert.GetProperty("title").GetString());
        Assert.DoesNotContain("alice", alert.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);

        // Another principal, and denials spread wider than the window, raise nothing.
        await host.SubmitAsync([.. Enumerable.Range(0, 12).Select(i => Events.Access(T0.AddMinutes(i), "bob@example.eu", "Denied"))]);
        await host.EvaluatedAsync();
        Assert.Single(await host.AlertsAsync());

        // A full window after the first alert, ten more denials fire again.
        await host.SubmitAsync([.. Enumerable.Range(0, 10).Select(i => Events.Access(T0.AddMinutes(9).AddSeconds(i), "alice@example.eu", "Denied"))]);
        await host.EvaluatedAsync();
        Assert.Equal(2, (await host.AlertsAsync("&priority=High")).Count);
    }

    [Fact]
    public async Task When_a_principal_reads_above_five_times_its_baseline_a_critical_alert_and_a_potential_breach_follow()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddMinutes(30)));
        // Baseline: 300 records in each of the 168 hours before 10:00 → 300 per hour; the threshold is 1,500.
        await host.SubmitAsync([.. Enumerable.Range(1, 168).Select(h => Events.Access(T0.AddHours(-h).AddMinutes(5), "svc-report", "Granted", 300))]);
        await host.EvaluatedAsync();
        Assert.Empty(await host.AlertsAsync());

        // 1,500 in 10 minutes: exactly 5x, not above it.
        await host.SubmitAsync([.. Enumerable.Range(0, 5).Select(i => Events.Access(T0.AddMinutes(10 + i), "svc-report", "Granted", 300))]);
        await host.EvaluatedAsync();
        Assert.Empty(await host.AlertsAsync());

        // One more record within the window: above.
        await host.SubmitAsync(Events.Access(T0.AddMinutes(15), "svc-report", "Granted", 1));
        await host.EvaluatedAsync();
        var alert = Assert.Single(await host.AlertsAsync());
        Assert.Equal("Critical", alert.GetProperty("priority").GetString());
        Assert.True(alert.GetProperty("potentialBreach").GetBoolean());
        var breach = Assert.Single(await host.PublishedAsync("PotentialBreachDetected"));
        Assert.Single(await host.PublishedAsync("SecurityAlertRaised"));
        Assert.NotNull(breach.Body);
    }

    [Fact]
    public async Task When_the_baseline_is_low_the_1000_record_floor_still_holds()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddMinutes(30)));
        await host.SubmitAsync([.. Enumerable.Range(0, 9).Select(i => Events.Access(T0.AddMinutes(i), "svc-new", "Granted", 111))]);
        await host.EvaluatedAsync();
        Assert.Empty(await host.AlertsAsync()); // 999 records

        await host.SubmitAsync(Events.Access(T0.AddMinutes(9), "svc-new", "Granted", 1));
        await host.EvaluatedAsync();
        Assert.Single(await host.AlertsAsync("&priority=Critical"));
    }

    [Fact]
    public async Task Should_keep_the_principal_only_as_a_keyed_pseudonym_and_roll_reads_up_per_hour()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddMinutes(30)));
        await host.SubmitAsync(
            Events.Access(T0.AddMinutes(1), "carol.smith@example.eu", "Granted", 10),
            Events.Access(T0.AddMinutes(2), "carol.smith@example.eu", "Granted", 15),
            Events.Access(T0.AddMinutes(3), "dave@example.eu", "Granted", 7));
        await host.EvaluatedAsync();
        var principals = await host.WithDbAsync(db => db.Events.Select(e => e.Principal!).ToListAsync());
        Assert.All(principals, p => Assert.StartsWith("ps1:", p, StringComparison.Ordinal));
        Assert.Equal(2, principals.Distinct().Count());
        Assert.DoesNotContain(principals, p => p.Contains("carol", StringComparison.OrdinalIgnoreCase));
        var rollups = await host.WithDbAsync(db => db.HourlyReads.OrderByDescending(r => r.RecordsRead).ToListAsync());
        Assert.Equal([25L, 7L], rollups.Select(r => r.RecordsRead));
        Assert.All(rollups, r => Assert.Equal(T0, r.Hour));
    }

    [Fact]
    public async Task When_an_organisation_lowers_its_threshold_the_rule_uses_it()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Security(T0.AddMinutes(30)));
        var (status, body) = await host.SendAsync(HttpMethod.Put, "/api/v1/security-rules",
            new { organizationId = host.Organization, thresholds = new { deniedAttempts = 3 } });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var (_, rules) = await host.SendAsync(HttpMethod.Get, $"/api/v1/security-rules?organizationId={host.Organization}");
        Assert.Equal(3, rules.GetProperty("thresholds").GetProperty("deniedAttempts").GetInt32());
        Assert.False(rules.GetProperty("isDefault").GetBoolean());

        await host.SubmitAsync([.. Enumerable.Range(0, 3).Select(i => Events.Access(T0.AddSeconds(i), "erin", "Denied"))]);
        await host.EvaluatedAsync();
        Assert.Single(await host.AlertsAsync());

        var (refused, problem) = await host.SendAsync(HttpMethod.Put, "/api/v1/security-rules",
            new { organizationId = host.Organization, thresholds = new { deniedAttempts = 0 } });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.True(problem.GetProperty("errors").TryGetProperty("thresholds.deniedAttempts", out _), problem.ToString());
    }
}
