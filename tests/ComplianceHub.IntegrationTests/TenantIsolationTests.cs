namespace ComplianceHub.IntegrationTests;

/// <summary>Another organisation's ids, tried on every operation of the API, reveal nothing and change nothing.</summary>
public sealed class TenantIsolationTests
{
    private static readonly string[] OrganisationRoles = ["Admin", "Dpo", "SecurityOfficer", "ComplianceAnalyst", "Auditor", "Integration"];

    [Fact]
    public async Task Every_operation_called_by_one_organisation_with_the_other_organisations_ids_answers_without_its_data()
    {
        await using var host = new HostProcess(new Dictionary<string, string>());
        await host.StartAsync();
        var a = await CreateOrganizationAsync(host.Client, "A");
        var b = await CreateOrganizationAsync(host.Client, "B");
        var (aKeyId, aKey) = await CreateKeyAsync(host.Client, a);
        var (_, bKey) = await CreateKeyAsync(host.Client, b);
        using var asA = Client(host, aKey);
        using var asB = Client(host, bKey);

        // A's records: a breach (reported by A for itself), its alert, A itself and A's key.
        var breach = (await Breaches.ReportForAsync(asA, a, "FR")).GetProperty("id").GetString()!;
        var alert = (await Breaches.WaitForAlertAsync(asA, breach, TimeSpan.FromSeconds(30)))?.GetProperty("id").GetString();
        Assert.NotNull(alert);
        Assert.Equal(HttpStatusCode.OK, (await asA.GetAsync($"/api/v1/breaches/{breach}")).StatusCode);
        var dpo = await CreateAsync(asA, "/api/v1/dpos", BodyFor("/api/v1/dpos", a));
        var policy = await CreateAsync(asA, "/api/v1/escalation-policies", BodyFor("/api/v1/escalation-policies", a));
        var webhook = await CreateAsync(asA, "/api/v1/webhooks", BodyFor("/api/v1/webhooks", a));
        var transfer = await CreateAsync(asA, "/api/v1/transfers", BodyFor("/api/v1/transfers", a));
        var activity = await CreateAsync(asA, "/api/v1/processing-activities", BodyFor("/api/v1/processing-activities", a));
        var processor = await CreateAsync(asA, "/api/v1/processors", BodyFor("/api/v1/processors", a));
        var report = await GenerateReportAsync(asA);
        var scan = await CreateScanAsync(asA, a);
        await SubmitEventsAsync(asA, a);
        var system = await CreateAsync(asA, "/api/v1/fulfilment-systems", BodyFor("/api/v1/fulfilment-systems", a));
        var (rightsRequest, task) = await CreateRightsRequestAsync(asA, a);
        var ids = new Dictionary<string, string>
        {
            ["/api/v1/breaches/"] = breach, ["/api/v1/alerts/"] = alert, ["/api/v1/dpos/"] = dpo,
            ["/api/v1/escalation-policies/"] = policy, ["/api/v1/webhooks/"] = webhook,
            ["/api/v1/transfers/"] = transfer, ["/api/v1/processing-activities/"] = activity, ["/api/v1/processors/"] = processor,
            ["/api/v1/reports/"] = report,
            ["/api/v1/data-subject-requests/"] = rightsRequest, ["/api/v1/fulfilment-systems/"] = system,
        };
        string[] secrets = [breach, alert, a.ToString(), aKeyId.ToString(), dpo, policy, webhook, transfer, activity, processor, report, scan, SecretSource,
            rightsRequest, system, task, SubjectEmail];

        var walked = 0;
        foreach (var (path, method, _) in await ApiOperation.ReadAsync(host))
        {
            var (url, targetsA) = Substitute(path, ids, a, aKeyId, scan, task);
            var (status, body) = await CallAsync(asB, method, url, BodyFor(path, a));
            var what = $"{method.ToUpperInvariant()} {url} → {status}";
            Assert.True(status < 500, $"{what}: {body}");
            if (targetsA || (path == "/api/v1/breaches" && method == "post"))
            {
                // Indistinguishable from ids that exist nowhere: nothing tells B that A's records exist.
                Assert.False(status is >= 200 and < 300, $"{what} succeeded on A's resource: {body}");
                var (strangerUrl, _) = Substitute(path, ids.ToDictionary(i => i.Key, _ => Guid.NewGuid().ToString()), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString());
                var stranger = BodyFor(path, Guid.NewGuid());
                var (strangerStatus, strangerBody) = await CallAsync(asB, method, strangerUrl, stranger);
                Assert.Equal(strangerStatus, status);
                Assert.Equal(Normalize(strangerBody), Normalize(body));
            }
            else if (path.StartsWith("/api/v1/audit", StringComparison.Ordinal))
            {
                // B's trail holds B's own calls, which name the ids B itself sent; none of A's entries may be in it.
                Assert.DoesNotContain($"\"organizationId\":\"{a}\"", body, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.DoesNotContain(secrets, s => body.Contains(s, StringComparison.OrdinalIgnoreCase));
            }

            walked++;
        }

        Assert.True(walked >= 20, $"only {walked} operations walked");

        // Nothing of A's changed: its breach, its key and its organisation are as they were.
        Assert.Equal(HttpStatusCode.OK, (await asA.GetAsync($"/api/v1/breaches/{breach}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await asA.GetAsync($"/api/v1/organizations/{a}")).StatusCode);
        var aBreachesAlerts = await asA.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        Assert.Equal(1, aBreachesAlerts.GetProperty("total").GetInt32());
        var aRequest = await asA.GetFromJsonAsync<JsonElement>($"/api/v1/data-subject-requests/{rightsRequest}");
        Assert.Equal("InProgress", aRequest.GetProperty("status").GetString());
        Assert.False(aRequest.TryGetProperty("extension", out var extension) && extension.ValueKind != JsonValueKind.Null, "B extended A's request");
        var aSchedules = await asA.GetFromJsonAsync<JsonElement>("/api/v1/report-schedules");
        Assert.All(aSchedules.EnumerateArray(), s => Assert.Equal(0, s.GetProperty("recipients").GetArrayLength()));
    }

    private static async Task<(int Status, string Body)> CallAsync(HttpClient client, string method, string url, object body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        if (method is "post" or "put" or "patch")
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // Ids and trace ids differ between any two calls; everything else must not.
    private static string Normalize(string body) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "\"traceId\":\"-\""),
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");

    private static (string Url, bool TargetsA) Substitute(string template, IReadOnlyDictionary<string, string> ids, Guid organization, Guid key, string scan, string task)
    {
        var url = template;
        var targetsA = false;
        // Scan ids are the scanner's and unique per organisation: B finishing "A's" scan id finishes a scan of B's own
        // (a new id, not A's); reading it must find nothing.
        var finishing = template.EndsWith("/finished", StringComparison.Ordinal);
        foreach (var (parameter, value, ofA) in new (string, string, bool)[]
        {
            ("{scanId}", finishing ? Guid.NewGuid().ToString("N") : scan, !finishing),
            ("{orgId}", organization.ToString(), true),
            ("{keyId}", key.ToString(), true),
            ("{taskId}", task, true),
            ("{name}", "smtp", false),
            ("{deliveryId}", Guid.NewGuid().ToString(), false),

            // A report type, not an id: the caller's own organisation's report or schedule of that type.
            ("{type}", "DataSubjectRequestLog", false),
        })
        {
            if (url.Contains(parameter, StringComparison.Ordinal))
            {
                url = url.Replace(parameter, value, StringComparison.Ordinal);
                targetsA |= ofA;
            }
        }

        if (url.Contains("{id}", StringComparison.Ordinal))
        {
            var owner = ids.Keys.FirstOrDefault(prefix => url.StartsWith(prefix, StringComparison.Ordinal));
            var (value, ofA) = owner is not null ? (ids[owner], true)
                : url.StartsWith("/api/v1/dead-letters/", StringComparison.Ordinal) ? (Guid.NewGuid().ToString(), false)
                : throw new InvalidOperationException($"No id of organisation A for {template}: extend the walk.");
            url = url.Replace("{id}", value, StringComparison.Ordinal);
            targetsA |= ofA;
        }

        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        return (url, targetsA);
    }

    // Bodies that would succeed for A's own caller: B must not get them to act on A.
    private static object BodyFor(string path, Guid organization) => path switch
    {
        "/api/v1/breaches" => Breaches.Report(organization, "FR"),
        "/api/v1/organizations" => new { name = "C", homeCountry = "FR" },
        _ when path.EndsWith("/api-keys", StringComparison.Ordinal) => new { name = "intruder", roles = new[] { "Admin" } },
        _ when path.EndsWith("/assessment", StringComparison.Ordinal) => new { riskLevel = "NoRisk", rationale = "intruder" },
        _ when path.EndsWith("/authority-notifications", StringComparison.Ordinal) =>
            new { authorityCountry = "FR", submittedAt = DateTimeOffset.UtcNow, phase = "Initial", reasonsForDelay = "intruder" },
        _ when path.EndsWith("/subject-communication", StringComparison.Ordinal) => new { sentAt = DateTimeOffset.UtcNow, channel = "Email", recipients = 1 },
        _ when path.EndsWith("/controller-notification", StringComparison.Ordinal) => new { notifiedAt = DateTimeOffset.UtcNow },
        _ when path.EndsWith("/close", StringComparison.Ordinal) => new { summary = "intruder" },
        _ when path.StartsWith("/api/v1/dpos", StringComparison.Ordinal) =>
            new { organizationId = organization, name = "Regional DPO", email = "dpo@example.eu", timeZone = "Europe/Paris", countries = new[] { "FR" } },
        _ when path.StartsWith("/api/v1/escalation-policies", StringComparison.Ordinal) =>
            new { organizationId = organization, name = "Ladder", levels = new[] { new { targets = new[] { "regional" }, waitMinutes = 0 } }, repeatCount = 1 },
        _ when path.StartsWith("/api/v1/webhooks", StringComparison.Ordinal) =>
            new { organizationId = organization, url = "https://hooks.example.com/in", eventTypes = new[] { "*" }, enabled = true },
        _ when path.StartsWith("/api/v1/processing-activities", StringComparison.Ordinal) =>
            new
            {
                organizationId = organization, revision = path.EndsWith("{id}", StringComparison.Ordinal) ? 1 : (int?)null, name = "Payroll",
                purposes = new[] { "Salaries" }, dataSubjectCategories = new[] { "Employees" }, personalDataCategories = new[] { "Bank details" },
                retention = "10 years", securityMeasures = "Access control",
            },
        _ when path.StartsWith("/api/v1/transfers", StringComparison.Ordinal) =>
            new { organizationId = organization, revision = path.EndsWith("{id}", StringComparison.Ordinal) ? 1 : (int?)null, recipient = "Payroll Inc.", destinationCountry = "IN", mechanism = "SCC" },
        _ when path.StartsWith("/api/v1/processors", StringComparison.Ordinal) =>
            new { organizationId = organization, revision = path.EndsWith("{id}", StringComparison.Ordinal) ? 1 : (int?)null, name = "Mailer GmbH", country = "DE", status = "Active" },
        _ when path.EndsWith("/generate", StringComparison.Ordinal) && path.StartsWith("/api/v1/reports/", StringComparison.Ordinal) =>
            new { periodStart = "2026-10-01", periodEnd = "2026-10-31", timeZone = "Europe/Paris" },
        _ when path.StartsWith("/api/v1/report-schedules", StringComparison.Ordinal) =>
            new { cron = "0 0 8 1 * ?", timeZone = "Europe/Paris", enabled = true, recipients = new[] { "intruder@example.eu" } },
        "/api/v1/security-events" => SecurityEvent(organization, "intruder"),
        "/api/v1/security-events/batch" => new { organizationId = organization, items = new[] { SecurityEvent(null, "intruder") } },
        "/api/v1/security-rules" => new { organizationId = organization, thresholds = new { deniedAttempts = 1 } },
        _ when path.EndsWith("/finished", StringComparison.Ordinal) =>
            new { organizationId = organization, issues = new[] { new { id = "CVE-1", title = "intruder", cvssScore = 9.8m, asset = "web-1" } } },
        "/api/v1/data-subject-requests" => new
        {
            organizationId = organization, type = "Access", receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5), channel = "email", country = "FR",
            subject = new { email = SubjectEmail },
        },
        _ when path.EndsWith("/identity-verification", StringComparison.Ordinal) => new { outcome = "Failed", method = "intruder" },
        _ when path.EndsWith("/extension", StringComparison.Ordinal) => new { additionalMonths = 1, reason = "intruder", noticeSentAt = DateTimeOffset.UtcNow },
        _ when path.EndsWith("/complete", StringComparison.Ordinal) => new { outcome = "intruder" },
        _ when path.EndsWith("/respond", StringComparison.Ordinal) => new { sentAt = DateTimeOffset.UtcNow, outcome = "Refused", refusalReason = "intruder" },
        _ when path.StartsWith("/api/v1/fulfilment-systems", StringComparison.Ordinal) =>
            new { organizationId = organization, name = "CRM", requestTypes = new[] { "Access" }, delivery = "Bus", address = "crm-dsr-isolation" },
        _ => new { reason = "isolation test" },
    };

    private const string SubjectEmail = "subject-of-organisation-a@example.eu";

    /// <summary>A rights request of A's, verified, with one fulfilment task (A's bus system).</summary>
    private static async Task<(string Request, string Task)> CreateRightsRequestAsync(HttpClient client, Guid organization)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/data-subject-requests", BodyFor("/api/v1/data-subject-requests", organization));
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, $"rights request: {created.StatusCode} {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
        using var verified = await client.PostAsJsonAsync($"/api/v1/data-subject-requests/{id}/identity-verification", new { outcome = "Verified", method = "email" });
        Assert.Equal(HttpStatusCode.Accepted, verified.StatusCode);
        var request = await client.GetFromJsonAsync<JsonElement>($"/api/v1/data-subject-requests/{id}");
        return (id, request.GetProperty("tasks")[0].GetProperty("id").GetString()!);
    }

    private const string SecretSource = "siem-of-organisation-a";

    private static object SecurityEvent(Guid? organization, string source) => new
    {
        organizationId = organization, type = "AccessControl", externalId = Guid.NewGuid().ToString("N"), source,
        occurredAt = DateTimeOffset.UtcNow.AddMinutes(-1), details = new { principal = "someone", resource = "customer-db", outcome = "Denied" },
    };

    private static async Task SubmitEventsAsync(HttpClient client, Guid organization)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/security-events", SecurityEvent(organization, SecretSource));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<string> CreateScanAsync(HttpClient client, Guid organization)
    {
        var scan = $"scan-{Guid.NewGuid():N}";
        using var response = await client.PostAsJsonAsync($"/api/v1/scans/{scan}/finished",
            new { organizationId = organization, issues = Array.Empty<object>() }); // no issues: no alert besides the breach's
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return scan;
    }

    private static async Task<string> GenerateReportAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/reports/DataSubjectRequestLog/generate", new { periodStart = "2026-10-01", periodEnd = "2026-10-31" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"generate report: {response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<Guid> CreateOrganizationAsync(HttpClient admin, string name)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { name, homeCountry = "FR" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient admin, Guid organization)
    {
        using var response = await admin.PostAsJsonAsync($"/api/v1/organizations/{organization}/api-keys", new { name = "all roles", roles = OrganisationRoles });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }

    private static HttpClient Client(HostProcess host, string key)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
