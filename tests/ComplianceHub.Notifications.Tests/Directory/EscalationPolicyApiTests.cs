using static ComplianceHub.Notifications.Tests.Directory.DirectoryApi;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class EscalationPolicyApiTests
{
    private static object Policy(string name, bool isDefault, params object[] levels) =>
        new { name, isDefault, repeatCount = 2, levels = levels.Length > 0 ? levels : [new { targets = new[] { "regional" }, waitMinutes = 0 }, new { targets = new[] { "group" }, waitMinutes = 20 }] };

    [Fact]
    public async Task A_policy_is_created_read_replaced_and_deleted_and_a_new_default_replaces_the_old()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (org, dpoDesk) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var analyst = await host.CallerAsync(org, Roles.ComplianceAnalyst);
        var named = await CreateAsync(dpoDesk, "/dpos", Dpo("Named", "named@example.eu"));

        var first = await CreateAsync(dpoDesk, "/escalation-policies", Policy("Standard", isDefault: true,
            new { targets = new[] { "regional" }, waitMinutes = 0 }, new { targets = new[] { "Deputy", named.ToString() }, waitMinutes = 10 }, new { targets = new[] { "group" }, waitMinutes = 10 }));
        var read = await GetAsync(analyst, $"/api/v1/escalation-policies/{first}");
        Assert.Equal(2, read.GetProperty("repeatCount").GetInt32());
        Assert.True(read.GetProperty("isDefault").GetBoolean());
        Assert.Equal(
            ["regional@0", $"deputy,{named}@10", "group@10"],
            read.GetProperty("levels").EnumerateArray().Select(l =>
                $"{string.Join(',', l.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}@{l.GetProperty("waitMinutes").GetInt32()}"));

        var second = await CreateAsync(dpoDesk, "/escalation-policies", Policy("Night", isDefault: true));
        Assert.False((await GetAsync(analyst, $"/api/v1/escalation-policies/{first}")).GetProperty("isDefault").GetBoolean());
        Assert.True((await GetAsync(analyst, $"/api/v1/escalation-policies/{second}")).GetProperty("isDefault").GetBoolean());

        await AssertStatusAsync(HttpStatusCode.OK, dpoDesk.PutAsJsonAsync($"/api/v1/escalation-policies/{first}", Policy("Standard v2", isDefault: true)));
        var list = await GetAsync(analyst, "/api/v1/escalation-policies");
        Assert.Equal(
            ["Standard v2:True", "Night:False"],
            list.GetProperty("items").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("isDefault").GetBoolean()}"));

        await AssertStatusAsync(HttpStatusCode.Forbidden, analyst.DeleteAsync($"/api/v1/escalation-policies/{first}"));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpoDesk.DeleteAsync($"/api/v1/escalation-policies/{first}"));
        await AssertStatusAsync(HttpStatusCode.NotFound, analyst.GetAsync($"/api/v1/escalation-policies/{first}"));
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, admin) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var (_, theirs) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var their = await CreateAsync(theirs, "/dpos", Dpo("Theo", "theo@example.eu"));

        Task<HttpResponseMessage> Post(object body) => admin.PostAsJsonAsync("/api/v1/escalation-policies", body);
        await AssertInvalidAsync(Post(new { name = "", repeatCount = 1, levels = new[] { new { targets = new[] { "group" }, waitMinutes = 0 } } }), "name");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 11, levels = new[] { new { targets = new[] { "group" }, waitMinutes = 0 } } }), "repeatCount");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 0, levels = new[] { new { targets = new[] { "group" }, waitMinutes = 0 } } }), "repeatCount");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 1, levels = Array.Empty<object>() }), "levels");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = new[] { "group" }, waitMinutes = 5 } } }), "levels[0].waitMinutes");
        await AssertInvalidAsync(
            Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = new[] { "regional" }, waitMinutes = 0 }, new { targets = new[] { "group" }, waitMinutes = 30 }, new { targets = new[] { "deputy" }, waitMinutes = 15 } } }),
            "levels[2].waitMinutes");
        await AssertInvalidAsync(
            Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = new[] { "regional" }, waitMinutes = 0 }, new { targets = new[] { "group" }, waitMinutes = 1441 } } }),
            "levels[1].waitMinutes");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = new[] { "group", "boss" }, waitMinutes = 0 } } }), "levels[0].targets[1]");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = new[] { their.ToString() }, waitMinutes = 0 } } }), "levels[0].targets[0]");
        await AssertInvalidAsync(Post(new { name = "p", repeatCount = 1, levels = new[] { new { targets = Array.Empty<string>(), waitMinutes = 0 } } }), "levels[0].targets");
    }

    [Fact]
    public async Task Another_organisations_policy_answers_404_and_its_default_is_untouched()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, mine) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var (_, theirs) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var their = await CreateAsync(theirs, "/escalation-policies", Policy("Theirs", isDefault: true));
        await CreateAsync(mine, "/escalation-policies", Policy("Mine", isDefault: true));

        await AssertStatusAsync(HttpStatusCode.NotFound, mine.GetAsync($"/api/v1/escalation-policies/{their}"));
        await AssertStatusAsync(HttpStatusCode.NotFound, mine.PutAsJsonAsync($"/api/v1/escalation-policies/{their}", Policy("x", isDefault: false)));
        await AssertStatusAsync(HttpStatusCode.NotFound, mine.DeleteAsync($"/api/v1/escalation-policies/{their}"));
        Assert.True((await GetAsync(theirs, $"/api/v1/escalation-policies/{their}")).GetProperty("isDefault").GetBoolean());
        Assert.Equal(1, (await GetAsync(mine, "/api/v1/escalation-policies")).GetProperty("total").GetInt32());
    }
}
