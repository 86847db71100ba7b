using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests.Registers;

public sealed class TransferAndProcessorApiTests
{
    [Fact]
    public async Task A_transfer_is_answered_with_its_safeguard_and_its_history_snapshots_leave_the_assessment_out()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);

        // Adequacy claimed for a country without a decision: recorded as it is, flagged as Inadequate (ADR 0013).
        var created = await CreateAsync(dpo, "/transfers", Transfer(new { destinationCountry = "IN", mechanism = "adequacy", impactAssessedOn = (string?)null, expiresOn = (string?)null }));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Adequacy", created.GetProperty("mechanism").GetString());
        Assert.Equal("Inadequate", created.GetProperty("safeguard").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("safeguard").GetProperty("adequacyDecision").ValueKind);

        var japan = await PutAsync(dpo, $"/api/v1/transfers/{id}", Transfer(new { revision = 1, destinationCountry = "JP", mechanism = "Adequacy" }));
        Assert.Equal("Adequate", japan.GetProperty("safeguard").GetProperty("status").GetString());
        Assert.Equal("JP", japan.GetProperty("safeguard").GetProperty("adequacyDecision").GetProperty("country").GetString());

        var scc = await PutAsync(dpo, $"/api/v1/transfers/{id}", Transfer(new { revision = 2, impactAssessedOn = (string?)null }));
        Assert.Equal("MissingImpactAssessment", scc.GetProperty("safeguard").GetProperty("status").GetString());
        var expired = await PutAsync(dpo, $"/api/v1/transfers/{id}", Transfer(new { revision = 3, impactAssessedOn = "2020-01-01", expiresOn = "2021-01-01" }));
        Assert.Equal("Expired", expired.GetProperty("safeguard").GetProperty("status").GetString());
        var derogation = await PutAsync(dpo, $"/api/v1/transfers/{id}", Transfer(new { revision = 4, mechanism = "Derogation" }));
        Assert.Equal("Derogation", derogation.GetProperty("safeguard").GetProperty("status").GetString());
        var bcr = await PutAsync(dpo, $"/api/v1/transfers/{id}", Transfer(new { revision = 5, mechanism = "BCR" }));
        Assert.Equal("Safeguarded", bcr.GetProperty("safeguard").GetProperty("status").GetString());
        Assert.Equal("Safeguarded", (await GetAsync(dpo, "/api/v1/transfers?country=IN")).GetProperty("items")[0].GetProperty("safeguard").GetProperty("status").GetString());

        var changes = (await GetAsync(dpo, $"/api/v1/transfers/{id}/history")).GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(6, changes.Count);
        Assert.All(changes, c => Assert.False(c.GetProperty("snapshot").TryGetProperty("safeguard", out _)));
        Assert.Equal(["destinationCountry", "impactAssessedOn", "expiresOn"], changes[1].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("JP", changes[1].GetProperty("snapshot").GetProperty("destinationCountry").GetString());
        Assert.Equal("BCR", changes[5].GetProperty("snapshot").GetProperty("mechanism").GetString());
    }

    [Fact]
    public async Task A_processor_is_created_read_filtered_replaced_and_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (org, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var auditor = await host.CallerAsync(org, Roles.Auditor);
        var id = (await CreateAsync(dpo, "/processors", Processor(new { dpaSignedOn = (string?)null, subProcessors = (string[]?)null, status = "onboarding" }))).GetProperty("id").GetGuid();

        var read = await GetAsync(auditor, $"/api/v1/processors/{id}");
        Assert.Equal("Onboarding", read.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("dpaSignedOn").ValueKind);
        Assert.Equal(0, read.GetProperty("subProcessors").GetArrayLength());
        Assert.Equal(1, (await GetAsync(auditor, "/api/v1/processors?status=Onboarding")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetAsync(auditor, "/api/v1/processors?status=Active")).GetProperty("total").GetInt32());
        await AssertInvalidAsync(auditor.GetAsync("/api/v1/processors?status=Gone"), "status");

        var active = await PutAsync(dpo, $"/api/v1/processors/{id}", Processor(new { revision = 1 }));
        Assert.Equal("2025-03-01", active.GetProperty("dpaSignedOn").GetString());
        Assert.Equal(["Cloud Hosting SE"], active.GetProperty("subProcessors").EnumerateArray().Select(s => s.GetString()));
        await AssertStatusAsync(HttpStatusCode.Conflict, dpo.PutAsJsonAsync($"/api/v1/processors/{id}", Processor(new { revision = 1, status = "Suspended" })));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpo.DeleteAsync($"/api/v1/processors/{id}"));

        var changes = (await GetAsync(auditor, $"/api/v1/processors/{id}/history")).GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["Created", "Updated", "Deleted"], changes.Select(c => c.GetProperty("action").GetString()));
        Assert.Equal(["dpaSignedOn", "subProcessors", "status"], changes[1].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Active", changes[2].GetProperty("snapshot").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Register_changes_are_listed_by_period_and_register_for_the_weekly_summary()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        await CreateAsync(dpo, "/processing-activities", Activity());
        await CreateAsync(dpo, "/transfers", Transfer());
        await CreateAsync(dpo, "/processors", Processor());

        var all = await GetAsync(dpo, $"/api/v1/register-changes?from={Uri.EscapeDataString(start.ToString("O"))}");
        Assert.Equal(["ProcessingActivity", "Transfer", "Processor"], all.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("register").GetString()));
        var transfers = await GetAsync(dpo, "/api/v1/register-changes?register=transfer");
        Assert.Equal(1, transfers.GetProperty("total").GetInt32());
        var before = await GetAsync(dpo, $"/api/v1/register-changes?to={Uri.EscapeDataString(start.ToString("O"))}");
        Assert.Equal(0, before.GetProperty("total").GetInt32());
        await AssertInvalidAsync(dpo.GetAsync("/api/v1/register-changes?register=Breach"), "register");
        await AssertInvalidAsync(dpo.GetAsync($"/api/v1/register-changes?from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(start.AddDays(-1).ToString("O"))}"), "from");
    }

    [Fact]
    public async Task Writers_are_admin_and_dpo_readers_add_the_auditor_and_everyone_reads_the_adequacy_list()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (org, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var auditor = await host.CallerAsync(org, Roles.Auditor);
        using var security = await host.CallerAsync(org, Roles.SecurityOfficer);
        using var integration = await host.CallerAsync(org, Roles.Integration);
        var id = (await CreateAsync(dpo, "/transfers", Transfer())).GetProperty("id").GetGuid();

        await AssertStatusAsync(HttpStatusCode.Forbidden, auditor.PostAsJsonAsync("/api/v1/transfers", Transfer()));
        await AssertStatusAsync(HttpStatusCode.Forbidden, auditor.PutAsJsonAsync($"/api/v1/transfers/{id}", Transfer(new { revision = 1 })));
        await AssertStatusAsync(HttpStatusCode.Forbidden, security.GetAsync($"/api/v1/transfers/{id}"));
        await AssertStatusAsync(HttpStatusCode.Forbidden, security.GetAsync($"/api/v1/transfers/{id}/history"));
        await AssertStatusAsync(HttpStatusCode.Forbidden, integration.GetAsync("/api/v1/register-changes"));
        await GetAsync(auditor, $"/api/v1/transfers/{id}/history");

        var decisions = await GetAsync(integration, "/api/v1/adequacy-decisions");
        Assert.Contains("JP", decisions.EnumerateArray().Select(d => d.GetProperty("country").GetString()));
        using var anonymous = new HttpClient { BaseAddress = dpo.BaseAddress };
        await AssertStatusAsync(HttpStatusCode.Unauthorized, anonymous.GetAsync("/api/v1/adequacy-decisions"));
    }
}
