using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>The queries the registers make (JSON list membership, name search, periods, concurrency) on a real PostgreSQL.</summary>
public sealed class RegistersOnPostgresTests
{
    [Fact]
    public async Task The_registers_work_on_postgresql_with_their_migrations()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var connection = await postgres.CreateDatabaseAsync("reporting_registers");
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting(
            "--Database:Provider=PostgreSql", $"--ConnectionStrings:ComplianceHub={connection}", "--Database:MigrateOnStartup=true"));
        var (_, dpo) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);

        var transfer = (await CreateAsync(dpo, "/transfers", Transfer(new { destinationCountry = "JP", mechanism = "Adequacy" }))).GetProperty("id").GetGuid();
        var activity = (await CreateAsync(dpo, "/processing-activities", Activity(new { name = "Payroll", transfers = new[] { transfer } }))).GetProperty("id").GetGuid();
        await CreateAsync(dpo, "/processors", Processor());

        Assert.Equal(activity, (await GetAsync(dpo, "/api/v1/processing-activities?name=rOLL")).GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal("Adequate", (await GetAsync(dpo, $"/api/v1/transfers/{transfer}")).GetProperty("safeguard").GetProperty("status").GetString());
        await AssertStatusAsync(HttpStatusCode.Conflict, dpo.DeleteAsync($"/api/v1/transfers/{transfer}"));

        await PutAsync(dpo, $"/api/v1/processing-activities/{activity}", Activity(new { revision = 1, name = "Payroll" }));
        await AssertStatusAsync(HttpStatusCode.Conflict, dpo.PutAsJsonAsync($"/api/v1/processing-activities/{activity}", Activity(new { revision = 1, name = "Stale" })));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpo.DeleteAsync($"/api/v1/transfers/{transfer}"));

        var period = await GetAsync(dpo, $"/api/v1/register-changes?from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}");
        Assert.Equal(["Created", "Created", "Created", "Updated", "Deleted"], period.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        Assert.Equal(2, (await GetAsync(dpo, "/api/v1/register-changes?register=Transfer")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await GetAsync(dpo, $"/api/v1/transfers/{transfer}/history")).GetProperty("changes").GetArrayLength());
    }
}
