using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests.Registers;

public sealed class ProcessingActivityApiTests
{
    [Fact]
    public async Task A_record_is_created_read_listed_replaced_and_deleted_with_its_history_kept()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (org, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var auditor = await host.CallerAsync(org, Roles.Auditor);
        var transfer = (await CreateAsync(dpo, "/transfers", Transfer())).GetProperty("id").GetGuid();

        var created = await CreateAsync(dpo, "/processing-activities", Activity(new { name = "  Payroll ", transfers = new[] { transfer } }));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        Assert.Equal(org, created.GetProperty("organizationId").GetGuid());

        var read = await GetAsync(auditor, $"/api/v1/processing-activities/{id}");
        Assert.Equal("Payroll", read.GetProperty("name").GetString());
        Assert.Equal(["Answering enquiries"], Strings(read, "purposes"));
        Assert.Equal(["Customers"], Strings(read, "dataSubjectCategories"));
        Assert.Equal(["Contact details", "Order history"], Strings(read, "personalDataCategories"));
        Assert.Equal(["Support tool provider"], Strings(read, "recipientCategories"));
        Assert.Equal([transfer.ToString()], Strings(read, "transfers"));
        Assert.Equal("24 months after the ticket is closed.", read.GetProperty("retention").GetString());
        Assert.Equal("Role-based access, TLS, encryption at rest.", read.GetProperty("securityMeasures").GetString());

        await CreateAsync(dpo, "/processing-activities", Activity(new { name = "Marketing" }));
        var page = await GetAsync(auditor, "/api/v1/processing-activities?name=PAY");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(id, page.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(2, (await GetAsync(auditor, "/api/v1/processing-activities")).GetProperty("total").GetInt32());

        var replaced = await PutAsync(dpo, $"/api/v1/processing-activities/{id}",
            Activity(new { revision = 1, name = "Payroll", transfers = Array.Empty<Guid>(), retention = "10 years (tax law)." }));
        Assert.Equal(2, replaced.GetProperty("revision").GetInt32());
        Assert.Empty(Strings(replaced, "transfers"));

        // The transfer is no longer named: it may go now.
        await AssertStatusAsync(HttpStatusCode.NoContent, dpo.DeleteAsync($"/api/v1/transfers/{transfer}"));
        await AssertStatusAsync(HttpStatusCode.Forbidden, auditor.DeleteAsync($"/api/v1/processing-activities/{id}"));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpo.DeleteAsync($"/api/v1/processing-activities/{id}"));
        await AssertStatusAsync(HttpStatusCode.NotFound, auditor.GetAsync($"/api/v1/processing-activities/{id}"));

        var history = await GetAsync(auditor, $"/api/v1/processing-activities/{id}/history");
        var changes = history.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["Created", "Updated", "Deleted"], changes.Select(c => c.GetProperty("action").GetString()));
        Assert.All(changes, c => Assert.Equal("ProcessingActivity", c.GetProperty("register").GetString()));
        Assert.All(changes, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("changedBy").GetString())));
        Assert.Equal(["name", "purposes", "dataSubjectCategories", "personalDataCategories", "recipientCategories", "transfers", "retention", "securityMeasures"],
            Strings(changes[0], "changedFields"));
        Assert.Equal(["transfers", "retention"], Strings(changes[1], "changedFields"));

        // Snapshots are the entry as the API showed it then; the deletion keeps the last version.
        Assert.True(JsonElement.DeepEquals(read, changes[0].GetProperty("snapshot")), changes[0].GetProperty("snapshot").ToString());
        Assert.True(JsonElement.DeepEquals(replaced, changes[1].GetProperty("snapshot")), changes[1].GetProperty("snapshot").ToString());
        Assert.True(JsonElement.DeepEquals(replaced, changes[2].GetProperty("snapshot")));
    }

    [Fact]
    public async Task Each_write_leaves_one_history_row_and_one_audit_entry_and_an_unchanged_put_leaves_none()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, admin) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var id = (await CreateAsync(admin, "/processing-activities", Activity())).GetProperty("id").GetGuid();
        var same = await PutAsync(admin, $"/api/v1/processing-activities/{id}", Activity(new { revision = 1 }));
        Assert.Equal(1, same.GetProperty("revision").GetInt32());
        await PutAsync(admin, $"/api/v1/processing-activities/{id}", Activity(new { revision = 1, securityMeasures = "Also pseudonymisation." }));

        var rows = await host.WithDbAsync(db => db.RegisterChanges.AsNoTracking().Where(c => c.EntryId == id).CountAsync());
        Assert.Equal(2, rows);
        var audited = await host.WithAuditAsync(db => db.Entries.AsNoTracking()
            .Where(e => e.Type == AuditTypes.RegisterChanged && e.Subject == $"processing-activities/{id}").Select(e => e.Data).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.Contains("\"action\":\"Updated\"", audited[1], StringComparison.Ordinal);
        Assert.Contains("securityMeasures", audited[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_revision_sent_is_stale_the_put_answers_409_and_changes_nothing()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var id = (await CreateAsync(dpo, "/processing-activities", Activity())).GetProperty("id").GetGuid();
        var url = $"/api/v1/processing-activities/{id}";

        // Two editors read revision 1; the first saves, the second's change was based on what is now outdated.
        await PutAsync(dpo, url, Activity(new { revision = 1, name = "First editor" }));
        var problem = await AssertStatusAsync(HttpStatusCode.Conflict, dpo.PutAsJsonAsync(url, Activity(new { revision = 1, name = "Second editor" })));
        Assert.Contains("revision", problem, StringComparison.Ordinal);

        var current = await GetAsync(dpo, url);
        Assert.Equal("First editor", current.GetProperty("name").GetString());
        Assert.Equal(2, current.GetProperty("revision").GetInt32());
        Assert.Equal(2, (await GetAsync(dpo, $"{url}/history")).GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task A_transfer_named_by_a_record_cannot_be_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var transfer = (await CreateAsync(dpo, "/transfers", Transfer())).GetProperty("id").GetGuid();
        await CreateAsync(dpo, "/processing-activities", Activity(new { transfers = new[] { transfer } }));

        await AssertStatusAsync(HttpStatusCode.Conflict, dpo.DeleteAsync($"/api/v1/transfers/{transfer}"));
        await GetAsync(dpo, $"/api/v1/transfers/{transfer}");
    }

    [Fact]
    public async Task A_creating_post_with_an_idempotency_key_creates_once()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var ids = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/processing-activities") { Content = JsonContent.Create(Activity()) };
            request.Headers.Add("Idempotency-Key", "activity-1");
            using var response = await dpo.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, (await GetAsync(dpo, "/api/v1/processing-activities")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await GetAsync(dpo, "/api/v1/register-changes")).GetProperty("total").GetInt32());
    }

    private static List<string> Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.ToString())];
}
