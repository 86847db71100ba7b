using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests.Registers;

public sealed class RegisterIsolationTests
{
    [Fact]
    public async Task Another_organisations_entries_answer_404_stay_unchanged_and_cannot_be_referenced()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Reporting());
        var (a, asA) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var (b, asB) = await host.OrganizationWithCallerAsync(Roles.Admin, Roles.Dpo);
        var transfer = (await CreateAsync(asA, "/transfers", Transfer())).GetProperty("id").GetGuid();
        var entries = new Dictionary<string, (Guid Id, object Body)>
        {
            ["transfers"] = (transfer, Transfer(new { revision = 1, recipient = "intruder" })),
            ["processing-activities"] = ((await CreateAsync(asA, "/processing-activities", Activity(new { transfers = new[] { transfer } }))).GetProperty("id").GetGuid(),
                Activity(new { revision = 1, name = "intruder" })),
            ["processors"] = ((await CreateAsync(asA, "/processors", Processor())).GetProperty("id").GetGuid(), Processor(new { revision = 1, name = "intruder" })),
        };

        foreach (var (register, (id, body)) in entries)
        {
            var url = $"/api/v1/{register}/{id}";
            var stranger = $"/api/v1/{register}/{Guid.NewGuid()}";
            foreach (var path in new[] { url, stranger })
            {
                await AssertStatusAsync(HttpStatusCode.NotFound, asB.GetAsync(path));
                await AssertStatusAsync(HttpStatusCode.NotFound, asB.GetAsync($"{path}/history"));
                await AssertStatusAsync(HttpStatusCode.NotFound, asB.PutAsJsonAsync(path, body));
                await AssertStatusAsync(HttpStatusCode.NotFound, asB.DeleteAsync(path));
            }

            Assert.Equal(0, (await GetAsync(asB, $"/api/v1/{register}")).GetProperty("total").GetInt32());
            var mine = await GetAsync(asA, url);
            Assert.Equal(1, mine.GetProperty("revision").GetInt32());
            Assert.Equal(1, (await GetAsync(asA, $"{url}/history")).GetProperty("changes").GetArrayLength());
        }

        Assert.Equal(0, (await GetAsync(asB, "/api/v1/register-changes")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await GetAsync(asA, "/api/v1/register-changes")).GetProperty("total").GetInt32());

        // B cannot name A's transfer in its own record, nor create in A's name; the platform admin can, for A.
        await AssertInvalidAsync(asB.PostAsJsonAsync("/api/v1/processing-activities", Activity(new { transfers = new[] { transfer } })), "transfers[0]");
        await AssertInvalidAsync(asB.PostAsJsonAsync("/api/v1/processors", Processor(new { organizationId = a })), "organizationId");
        var forA = await CreateAsync(host.Client, "/processing-activities", Activity(new { organizationId = a, transfers = new[] { transfer } }));
        Assert.Equal(a, forA.GetProperty("organizationId").GetGuid());
        await AssertInvalidAsync(host.Client.PostAsJsonAsync("/api/v1/processing-activities", Activity(new { organizationId = b, transfers = new[] { transfer } })), "transfers[0]");
        Assert.Equal(4, (await GetAsync(host.Client, "/api/v1/register-changes")).GetProperty("total").GetInt32());
    }
}
