using static ComplianceHub.Reporting.Tests.Registers.RegisterApi;

namespace ComplianceHub.Reporting.Tests.Registers;

/// <summary>Every field of every register refuses bad input with a 400 problem naming it, on POST and on PUT.</summary>
public sealed class RegisterValidationTests(ReportingHostFixture fixture) : IClassFixture<ReportingHostFixture>
{
    private static readonly string Long201 = new('a', 201);
    private static readonly string[] FiftyOne = [.. Enumerable.Range(0, 51).Select(i => $"item {i}")];

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "/processing-activities", """{"name":null}""", "name" },
        { "/processing-activities", """{"name":"  "}""", "name" },
        { "/processing-activities", $$"""{"name":"{{Long201}}"}""", "name" },
        { "/processing-activities", """{"name":"two\nlines"}""", "name" },
        { "/processing-activities", """{"purposes":[]}""", "purposes" },
        { "/processing-activities", """{"purposes":null}""", "purposes" },
        { "/processing-activities", """{"purposes":["ok",""]}""", "purposes[1]" },
        { "/processing-activities", $$"""{"purposes":["{{Long201}}"]}""", "purposes[0]" },
        { "/processing-activities", $$"""{"purposes":{{JsonSerializer.Serialize(FiftyOne)}}}""", "purposes" },
        { "/processing-activities", """{"dataSubjectCategories":[]}""", "dataSubjectCategories" },
        { "/processing-activities", """{"dataSubjectCategories":[null]}""", "dataSubjectCategories[0]" },
        { "/processing-activities", """{"personalDataCategories":[]}""", "personalDataCategories" },
        { "/processing-activities", $$"""{"personalDataCategories":["x","{{Long201}}"]}""", "personalDataCategories[1]" },
        { "/processing-activities", $$"""{"recipientCategories":{{JsonSerializer.Serialize(FiftyOne)}}}""", "recipientCategories" },
        { "/processing-activities", """{"recipientCategories":[" "]}""", "recipientCategories[0]" },
        { "/processing-activities", """{"transfers":["00000000-0000-0000-0000-000000000000"]}""", "transfers[0]" },
        { "/processing-activities", """{"transfers":["0b8e0a52-4f4c-4d55-9f59-0a4c1f1a2b3c"]}""", "transfers[0]" },
        { "/processing-activities", """{"transfers":["not-a-guid"]}""", "transfers[0]" },
        { "/processing-activities", """{"retention":""}""", "retention" },
        { "/processing-activities", $$"""{"retention":"{{new string('r', 2001)}}"}""", "retention" },
        { "/processing-activities", """{"securityMeasures":null}""", "securityMeasures" },
        { "/processing-activities", $$"""{"securityMeasures":"{{new string('s', 4001)}}"}""", "securityMeasures" },
        { "/transfers", """{"recipient":""}""", "recipient" },
        { "/transfers", $$"""{"recipient":"{{Long201}}"}""", "recipient" },
        { "/transfers", """{"destinationCountry":null}""", "destinationCountry" },
        { "/transfers", """{"destinationCountry":"XX"}""", "destinationCountry" },
        { "/transfers", """{"destinationCountry":"usa"}""", "destinationCountry" },
        { "/transfers", """{"destinationCountry":"FR"}""", "destinationCountry" },
        { "/transfers", """{"destinationCountry":"NO"}""", "destinationCountry" },
        { "/transfers", """{"mechanism":null}""", "mechanism" },
        { "/transfers", """{"mechanism":"Contract"}""", "mechanism" },
        { "/transfers", """{"mechanism":"1"}""", "mechanism" },
        { "/transfers", """{"impactAssessedOn":"2026-02-30"}""", "impactAssessedOn" },
        { "/transfers", """{"impactAssessedOn":"2999-01-01"}""", "impactAssessedOn" },
        { "/transfers", """{"expiresOn":"next year"}""", "expiresOn" },
        { "/transfers", """{"impactAssessedOn":"2026-01-15","expiresOn":"2026-01-14"}""", "expiresOn" },
        { "/processors", """{"name":null}""", "name" },
        { "/processors", $$"""{"name":"{{Long201}}"}""", "name" },
        { "/processors", """{"country":""}""", "country" },
        { "/processors", """{"country":"ZZ"}""", "country" },
        { "/processors", """{"dpaSignedOn":"2026-13-01"}""", "dpaSignedOn" },
        { "/processors", """{"dpaSignedOn":"2999-01-01"}""", "dpaSignedOn" },
        { "/processors", """{"subProcessors":[""]}""", "subProcessors[0]" },
        { "/processors", $$"""{"subProcessors":{{JsonSerializer.Serialize(FiftyOne)}}}""", "subProcessors" },
        { "/processors", """{"lastAuditOn":"2999-01-01"}""", "lastAuditOn" },
        { "/processors", """{"lastAuditOn":"yesterday"}""", "lastAuditOn" },
        { "/processors", """{"status":null}""", "status" },
        { "/processors", """{"status":"Retired"}""", "status" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_refuse_bad_input_naming_the_field(string path, string overrides, string field)
    {
        var body = Body(path, JsonDocument.Parse(overrides).RootElement);
        await AssertInvalidAsync(fixture.Dpo.PostAsJsonAsync($"/api/v1{path}", body), field);

        // A PUT validates the same way (and changes nothing).
        var created = await CreateAsync(fixture.Dpo, path, Body(path, null));
        var id = created.GetProperty("id").GetGuid();
        body["revision"] = 1;
        await AssertInvalidAsync(fixture.Dpo.PutAsJsonAsync($"/api/v1{path}/{id}", body), field);
        Assert.Equal(1, (await GetAsync(fixture.Dpo, $"/api/v1{path}/{id}")).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Should_refuse_a_put_without_the_revision_and_a_post_with_one()
    {
        var created = await CreateAsync(fixture.Dpo, "/processors", Processor());
        await AssertInvalidAsync(fixture.Dpo.PutAsJsonAsync($"/api/v1/processors/{created.GetProperty("id")}", Processor()), "revision");
        await AssertInvalidAsync(fixture.Dpo.PostAsJsonAsync("/api/v1/processors", Processor(new { revision = 3 })), "revision");
    }

    [Fact]
    public async Task Should_refuse_an_organisation_id_other_than_the_callers_own()
    {
        await AssertInvalidAsync(fixture.Dpo.PostAsJsonAsync("/api/v1/transfers", Transfer(new { organizationId = Guid.NewGuid() })), "organizationId");
        await AssertInvalidAsync(fixture.Host.Client.PostAsJsonAsync("/api/v1/transfers", Transfer()), "organizationId");
    }

    private static Dictionary<string, object?> Body(string path, object? overrides) => path switch
    {
        "/processing-activities" => Activity(overrides),
        "/transfers" => Transfer(overrides),
        _ => Processor(overrides),
    };
}
