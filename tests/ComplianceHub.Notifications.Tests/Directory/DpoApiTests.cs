using static ComplianceHub.Notifications.Tests.Directory.DirectoryApi;

namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class DpoApiTests
{
    [Fact]
    public async Task A_dpo_is_created_read_listed_by_country_replaced_and_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (org, dpoDesk) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        using var auditor = await host.CallerAsync(org, Roles.Auditor);

        var id = await CreateAsync(dpoDesk, "/dpos", Dpo("Dana Regional", "dana@example.eu", new
        {
            workingHours = new[] { new { day = "tuesday", start = "13:00", end = "17:00" }, new { day = "Monday", start = "09:00", end = "12:00" } },
            channelPreferences = new Dictionary<string, string[]> { ["high"] = ["sms", "Email"] },
        }));
        var french = await CreateAsync(dpoDesk, "/dpos", Dpo("François", "f@example.fr", new { countries = new[] { "FR", "BE" }, isGroupDpo = true }));

        var read = await GetAsync(auditor, $"/api/v1/dpos/{id}");
        Assert.Equal(org, read.GetProperty("organizationId").GetGuid());
        Assert.Equal("Dana Regional", read.GetProperty("name").GetString());
        Assert.Equal("dana@example.eu", read.GetProperty("email").GetString());
        Assert.Equal("+4930123456", read.GetProperty("phone").GetString());
        Assert.Equal("Europe/Berlin", read.GetProperty("timeZone").GetString());
        Assert.Equal(
            ["Monday 09:00-12:00", "Tuesday 13:00-17:00"],
            read.GetProperty("workingHours").EnumerateArray().Select(p => $"{p.GetProperty("day")} {p.GetProperty("start")}-{p.GetProperty("end")}"));
        Assert.Equal(["2026-12-24"], read.GetProperty("holidays").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["Sms", "Email"], read.GetProperty("channelPreferences").GetProperty("High").EnumerateArray().Select(c => c.GetString()));

        var belgian = await GetAsync(auditor, "/api/v1/dpos?country=BE");
        Assert.Equal([french], belgian.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal(2, (await GetAsync(auditor, "/api/v1/dpos")).GetProperty("total").GetInt32());

        using (var replaced = await dpoDesk.PutAsJsonAsync($"/api/v1/dpos/{id}", Dpo("Dana Regional", "dana.new@example.eu", new { deputyId = french, countries = new[] { "AT" } })))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }

        var after = await GetAsync(auditor, $"/api/v1/dpos/{id}");
        Assert.Equal("dana.new@example.eu", after.GetProperty("email").GetString());
        Assert.Equal(french, after.GetProperty("deputyId").GetGuid());
        Assert.Equal(["AT"], after.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));

        await AssertStatusAsync(HttpStatusCode.Forbidden, auditor.DeleteAsync($"/api/v1/dpos/{id}"));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpoDesk.DeleteAsync($"/api/v1/dpos/{id}"));
        await AssertStatusAsync(HttpStatusCode.NotFound, auditor.GetAsync($"/api/v1/dpos/{id}"));
    }

    [Fact]
    public async Task Contact_data_is_encrypted_at_rest_and_bound_to_its_record()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, admin) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var id = await CreateAsync(admin, "/dpos", Dpo("Zelda Unfindable", "zelda.unfindable@example.eu", new { phone = "+35312345678901", timeZone = "Pacific/Chatham" }));

        var stored = await host.WithDbAsync(db => db.Dpos.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.All([stored.Name, stored.Email, stored.Phone!], v => Assert.StartsWith("pd1:", v, StringComparison.Ordinal));

        var raw = System.IO.Directory.GetFiles(host.DataDirectory, "compliancehub.db*").SelectMany(ReadShared).ToArray();
        Assert.NotEqual(-1, raw.AsSpan().IndexOf("Pacific/Chatham"u8)); // the row is in these bytes...
        foreach (var secret in new[] { "zelda.unfindable@example.eu", "Zelda Unfindable", "+35312345678901" })
        {
            Assert.Equal(-1, raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret))); // ...its contact data is not
        }
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, admin) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var (other, _) = await host.OrganizationWithCallerAsync(Roles.Admin);

        Task<HttpResponseMessage> Post(object overrides) => admin.PostAsJsonAsync("/api/v1/dpos", Dpo("Dana", "dana@example.eu", overrides));
        await AssertInvalidAsync(Post(new { name = " " }), "name");
        await AssertInvalidAsync(Post(new { email = "dana-at-example.eu" }), "email");
        await AssertInvalidAsync(Post(new { phone = "030 123456" }), "phone");
        await AssertInvalidAsync(Post(new { phone = "+1234567" }), "phone");
        await AssertInvalidAsync(Post(new { timeZone = "Mars/Olympus_Mons" }), "timeZone");
        await AssertInvalidAsync(Post(new { timeZone = "W. Europe Standard Time" }), "timeZone");
        await AssertInvalidAsync(Post(new { workingHours = new[] { new { day = "Funday", start = "09:00", end = "17:00" } } }), "workingHours[0].day");
        await AssertInvalidAsync(Post(new { workingHours = new[] { new { day = "Monday", start = "9am", end = "17:00" } } }), "workingHours[0].start");
        await AssertInvalidAsync(Post(new { workingHours = new[] { new { day = "Monday", start = "18:00", end = "08:00" } } }), "workingHours[0].end");
        await AssertInvalidAsync(
            Post(new { workingHours = new[] { new { day = "Monday", start = "09:00", end = "13:00" }, new { day = "Monday", start = "12:00", end = "17:00" } } }),
            "workingHours[1]");
        await AssertInvalidAsync(Post(new { holidays = new[] { "2026-12-24", "24.12.2026" } }), "holidays[1]");
        await AssertInvalidAsync(Post(new { countries = new[] { "DE", "XX" } }), "countries[1]");
        await AssertInvalidAsync(Post(new { channelPreferences = new Dictionary<string, string[]> { ["High"] = ["Email", "Pigeon"] } }), "channelPreferences.High[1]");
        await AssertInvalidAsync(Post(new { channelPreferences = new Dictionary<string, string[]> { ["High"] = ["Webhook"] } }), "channelPreferences.High[0]");
        await AssertInvalidAsync(Post(new { channelPreferences = new Dictionary<string, string[]> { ["Urgent"] = ["Email"] } }), "channelPreferences.Urgent");
        await AssertInvalidAsync(Post(new { deputyId = Guid.NewGuid() }), "deputyId");
        await AssertInvalidAsync(Post(new { organizationId = other }), "organizationId");
        await AssertInvalidAsync(host.Client.PostAsJsonAsync("/api/v1/dpos", Dpo("Dana", "dana@example.eu")), "organizationId");
        await AssertInvalidAsync(admin.GetAsync("/api/v1/dpos?country=Germany"), "country");
        Assert.Equal(0, await host.WithDbAsync(db => db.Dpos.CountAsync()));
    }

    [Fact]
    public async Task Another_organisations_dpo_answers_404_and_cannot_be_a_deputy()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, mine) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var (theirOrg, theirs) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var their = await CreateAsync(theirs, "/dpos", Dpo("Theo", "theo@example.eu"));

        await AssertStatusAsync(HttpStatusCode.NotFound, mine.GetAsync($"/api/v1/dpos/{their}"));
        await AssertStatusAsync(HttpStatusCode.NotFound, mine.PutAsJsonAsync($"/api/v1/dpos/{their}", Dpo("Theo", "stolen@example.eu")));
        await AssertStatusAsync(HttpStatusCode.NotFound, mine.DeleteAsync($"/api/v1/dpos/{their}"));
        Assert.Equal(0, (await GetAsync(mine, "/api/v1/dpos")).GetProperty("total").GetInt32());
        await AssertInvalidAsync(mine.PostAsJsonAsync("/api/v1/dpos", Dpo("Mia", "mia@example.eu", new { deputyId = their })), "deputyId");

        // The platform Admin sees and creates in every organisation.
        Assert.Equal("theo@example.eu", (await GetAsync(host.Client, $"/api/v1/dpos/{their}")).GetProperty("email").GetString());
        await CreateAsync(host.Client, "/dpos", Dpo("Pat", "pat@example.eu", new { organizationId = theirOrg }));
        Assert.Equal(2, (await GetAsync(theirs, "/api/v1/dpos")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_dpo_cannot_deputise_for_themselves_and_a_named_deputy_cannot_be_deleted()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, dpoDesk) = await host.OrganizationWithCallerAsync(Roles.Dpo);
        var deputy = await CreateAsync(dpoDesk, "/dpos", Dpo("Deputy", "deputy@example.eu"));
        var regional = await CreateAsync(dpoDesk, "/dpos", Dpo("Regional", "regional@example.eu", new { deputyId = deputy }));

        await AssertInvalidAsync(dpoDesk.PutAsJsonAsync($"/api/v1/dpos/{regional}", Dpo("Regional", "regional@example.eu", new { deputyId = regional })), "deputyId");
        await AssertStatusAsync(HttpStatusCode.Conflict, dpoDesk.DeleteAsync($"/api/v1/dpos/{deputy}"));
        await AssertStatusAsync(HttpStatusCode.OK, dpoDesk.PutAsJsonAsync($"/api/v1/dpos/{regional}", Dpo("Regional", "regional@example.eu")));
        await AssertStatusAsync(HttpStatusCode.NoContent, dpoDesk.DeleteAsync($"/api/v1/dpos/{deputy}"));
    }

    [Fact]
    public async Task An_organisation_has_at_most_one_group_dpo()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, mine) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var (_, theirs) = await host.OrganizationWithCallerAsync(Roles.Admin);
        var group = await CreateAsync(mine, "/dpos", Dpo("Group", "group@example.eu", new { isGroupDpo = true }));
        var regional = await CreateAsync(mine, "/dpos", Dpo("Regional", "regional@example.eu"));

        await AssertStatusAsync(HttpStatusCode.Conflict, mine.PostAsJsonAsync("/api/v1/dpos", Dpo("Second", "second@example.eu", new { isGroupDpo = true })));
        await AssertStatusAsync(HttpStatusCode.Conflict, mine.PutAsJsonAsync($"/api/v1/dpos/{regional}", Dpo("Regional", "regional@example.eu", new { isGroupDpo = true })));
        await AssertStatusAsync(HttpStatusCode.OK, mine.PutAsJsonAsync($"/api/v1/dpos/{group}", Dpo("Group", "group.new@example.eu", new { isGroupDpo = true })));
        await CreateAsync(theirs, "/dpos", Dpo("Their group", "g@example.eu", new { isGroupDpo = true }));
        Assert.Equal(1, await host.WithDbAsync(db => db.Dpos.CountAsync(d => d.IsGroupDpo && d.Id != group && d.Id != regional)));
    }

    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_creates_one_dpo()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var (_, admin) = await host.OrganizationWithCallerAsync(Roles.Admin);
        admin.DefaultRequestHeaders.Add("Idempotency-Key", "create-dana-1");

        var first = await CreateAsync(admin, "/dpos", Dpo("Dana", "dana@example.eu"));
        var retried = await CreateAsync(admin, "/dpos", Dpo("Dana", "dana@example.eu"));

        Assert.Equal(first, retried);
        Assert.Equal(1, await host.WithDbAsync(db => db.Dpos.CountAsync()));
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
