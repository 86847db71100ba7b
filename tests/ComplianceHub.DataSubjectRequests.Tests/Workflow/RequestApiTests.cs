namespace ComplianceHub.DataSubjectRequests.Tests.Workflow;

/// <summary>Bad input names its field; the list filters by status, type, deadline and overdue.</summary>
public sealed class RequestApiTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"type":"Deletion","receivedAt":"2026-01-31T10:00:00Z","channel":"email","country":"DE","subject":{"email":"a@example.eu"}}""", "type")]
    [InlineData("""{"type":"Access","channel":"email","country":"DE","subject":{"email":"a@example.eu"}}""", "receivedAt")]
    [InlineData("""{"type":"Access","receivedAt":"2027-01-31T10:00:00Z","channel":"email","country":"DE","subject":{"email":"a@example.eu"}}""", "receivedAt")]
    [InlineData("""{"type":"Access","receivedAt":"2026-01-31T10:00:00Z","channel":"email","country":"XX","subject":{"email":"a@example.eu"}}""", "country")]
    [InlineData("""{"type":"Access","receivedAt":"2026-01-31T10:00:00Z","channel":"email","country":"DE"}""", "subject")]
    [InlineData("""{"type":"Access","receivedAt":"2026-01-31T10:00:00Z","channel":"email","country":"DE","subject":{}}""", "subject")]
    [InlineData("""{"type":"Access","receivedAt":"2026-01-31T10:00:00Z","channel":"email","country":"DE","subject":{"email":"not-an-address"}}""", "subject.email")]
    public async Task When_a_request_is_malformed_the_answer_is_400_naming_the_field(string json, string field)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        body["organizationId"] = JsonSerializer.SerializeToElement(organization);
        using var response = await host.Client.PostAsJsonAsync("/api/v1/data-subject-requests", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("Webhook", "http://crm.example.eu/hooks/dsr", "address")]
    [InlineData("Webhook", "https://user:pass@crm.example.eu/hooks/dsr", "address")]
    [InlineData("Bus", "queue with spaces", "address")]
    [InlineData("Carrier pigeon", "crm", "delivery")]
    public async Task When_a_fulfilment_system_is_malformed_the_answer_is_400_naming_the_field(string delivery, string address, string field)
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        var (status, problem) = await host.PostAsync("/api/v1/fulfilment-systems", new { organizationId = organization, name = "CRM", requestTypes = new[] { "Access" }, delivery, address });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task When_a_bus_system_becomes_a_webhook_Should_show_its_new_secret_in_that_answer_only()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        var created = await host.RegisterSystemAsync(organization, "CRM", "Bus", "crm-requests", "Access");
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, created.GetProperty("secret").ValueKind);

        using var put = await host.Client.PutAsJsonAsync($"/api/v1/fulfilment-systems/{id}",
            new { name = "CRM", requestTypes = new[] { "Access" }, delivery = "Webhook", address = "https://crm.example.eu/hooks/requests" });
        var updated = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.StartsWith("whsec_", updated.GetProperty("secret").GetString(), StringComparison.Ordinal);

        // The same PUT again (a client's retry) changes nothing and shows no secret.
        using var retried = await host.Client.PutAsJsonAsync($"/api/v1/fulfilment-systems/{id}",
            new { name = "CRM", requestTypes = new[] { "Access" }, delivery = "Webhook", address = "https://crm.example.eu/hooks/requests" });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").ValueKind);

        var read = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/fulfilment-systems/{id}");
        Assert.Equal("Webhook", read.GetProperty("delivery").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("secret").ValueKind);
    }

    [Fact]
    public async Task Should_list_requests_by_status_type_deadline_and_overdue()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(ReceivedAt.AddHours(1))));
        var organization = await host.OrganizationAsync("DE");
        var early = await host.ReceiveAsync(organization, "Access", ReceivedAt);
        host.Clock.AdvanceTo(ReceivedAt.AddDays(10).AddHours(1));
        var later = await host.ReceiveAsync(organization, "Erasure", ReceivedAt.AddDays(10));
        await host.ExpectAsync(HttpStatusCode.Accepted, $"/api/v1/data-subject-requests/{later}/identity-verification", new { outcome = "Failed", method = "email" });
        host.Clock.AdvanceTo(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero)); // early is overdue (28 Feb), later is not (10 Mar)

        async Task<Guid[]> ListAsync(string query) =>
            [.. (await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/data-subject-requests" + query)).EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];

        Assert.Equal([early, later], await ListAsync(""));
        Assert.Equal([early], await ListAsync("?overdue=true"));
        Assert.Equal([later], await ListAsync("?overdue=false"));
        Assert.Equal([later], await ListAsync("?type=Erasure"));
        Assert.Equal([later], await ListAsync("?status=IdentityFailed"));
        Assert.Equal([early], await ListAsync("?dueBefore=2026-03-01T00:00:00Z"));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/v1/data-subject-requests?status=Lost")).StatusCode);
        var listed = (await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/data-subject-requests?overdue=true"))[0];
        Assert.True(listed.GetProperty("overdue").GetBoolean());
    }
}
