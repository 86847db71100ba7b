namespace ComplianceHub.IntegrationTests;

/// <summary>
/// The host as a newcomer runs it: no configuration, no external service. Tests that only call the host share one
/// (<see cref="EmbeddedHost"/>); those about its start or its generated admin key start their own.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class EmbeddedDefaultTests(EmbeddedHost embedded)
{
    [Fact]
    public async Task When_started_without_configuration_it_is_ready_with_SQLite_and_the_in_memory_bus()
    {
        await using var host = new HostProcess(new Dictionary<string, string> { ["Security:BootstrapAdminKey"] = "" });

        await host.StartReadyAsync(TimeSpan.FromSeconds(60));

        var database = Path.Combine(host.WorkingDirectory, "data", "compliancehub.db");
        Assert.True(File.Exists(database), "no SQLite database under ./data");
        var ready = JsonDocument.Parse((await host.TryGetAsync("/health/ready")).Body).RootElement;
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("masstransit-bus").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database-breaches").GetString());
    }

    [Fact]
    public async Task When_no_admin_key_is_configured_one_is_generated_once_into_a_private_file()
    {
        var settings = new Dictionary<string, string> { ["Security:BootstrapAdminKey"] = "" };
        await using var host = new HostProcess(settings);
        await host.StartAsync();
        await host.WaitForAsync("/health/live", TimeSpan.FromSeconds(60));

        var keyFile = Path.Combine(host.WorkingDirectory, "data", "admin-key");
        var key = (await File.ReadAllTextAsync(keyFile)).Trim();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Contains(key, host.Output, StringComparison.Ordinal);

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        using var denied = await anonymous.GetAsync("/api/v1/alerts");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        anonymous.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var allowed = await anonymous.GetAsync("/api/v1/alerts");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        await host.StopAsync();
        await using var again = new HostProcess(settings, host.WorkingDirectory);
        await again.StartAsync();
        Assert.Equal(key, (await File.ReadAllTextAsync(keyFile)).Trim());
        Assert.DoesNotContain(key, again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_logs_are_json_the_generated_admin_key_is_only_in_its_file_and_the_log_says_where()
    {
        await using var host = new HostProcess(new Dictionary<string, string> { ["Security:BootstrapAdminKey"] = "", ["Logging:Format"] = "Json" });
        await host.StartAsync();
        await host.WaitForAsync("/health/live", TimeSpan.FromSeconds(60));

        var keyFile = Path.Combine(host.WorkingDirectory, "data", "admin-key");
        var key = (await File.ReadAllTextAsync(keyFile)).Trim();
        Assert.StartsWith("chk_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, host.Output, StringComparison.Ordinal);
        Assert.Contains(keyFile, host.Output, StringComparison.Ordinal);
        using var admin = new HttpClient { BaseAddress = host.BaseAddress };
        admin.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var allowed = await admin.GetAsync("/api/v1/alerts");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task When_a_breach_is_reported_in_embedded_mode_the_alert_is_raised_through_the_in_memory_bus()
    {
        var host = embedded.Host;
        var accepted = await Breaches.ReportAsync(host.Client, "IE");
        var alert = await Breaches.WaitForAlertAsync(host.Client, accepted.GetProperty("id").GetString()!, TimeSpan.FromSeconds(30));

        Assert.True(alert.HasValue, host.Output);
        Assert.Equal("DataBreach", alert.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_API_and_the_reference_page_is_served()
    {
        var host = embedded.Host;
        var document = JsonDocument.Parse((await host.TryGetAsync("/openapi/v1.json")).Body).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/breaches", paths);
        Assert.Contains("/api/v1/breaches/{id}", paths);
        Assert.Contains("/api/v1/alerts", paths);
        var reference = await host.TryGetAsync("/scalar/v1");
        Assert.Equal(200, reference.StatusCode);
        Assert.Contains("ComplianceHub API", reference.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_request_body_is_invalid_the_problem_names_the_field()
    {
        var host = embedded.Host;
        using var wrongType = await host.Client.PostAsync("/api/v1/breaches",
            new StringContent("""{"title":"t","detectedAt":"yesterday"}""", System.Text.Encoding.UTF8, "application/json"));
        using var missing = await host.Client.PostAsync("/api/v1/breaches",
            new StringContent("""{"title":"t","affectedCountries":["XX"]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
        var wrongTypeErrors = JsonDocument.Parse(await wrongType.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(wrongTypeErrors.TryGetProperty("detectedAt", out _), wrongTypeErrors.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingErrors = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(missingErrors.TryGetProperty("affectedCountries[0]", out _), missingErrors.ToString());
        Assert.True(missingErrors.TryGetProperty("description", out _), missingErrors.ToString());
    }
}
