namespace ComplianceHub.Breaches.Tests.Workflow;

public sealed class BreachOpenApiTests
{
    private static readonly string[] Operations =
    [
        "post /api/v1/breaches", "get /api/v1/breaches", "get /api/v1/breaches/register", "get /api/v1/breaches/{id}",
        "post /api/v1/breaches/{id}/assessment", "get /api/v1/breaches/{id}/authority-notification/draft",
        "post /api/v1/breaches/{id}/authority-notifications", "post /api/v1/breaches/{id}/subject-communication",
        "post /api/v1/breaches/{id}/controller-notification", "post /api/v1/breaches/{id}/close",
    ];

    [Fact]
    public async Task Every_breach_operation_shows_an_answer_example_and_a_request_example_valid_against_its_schema()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        Assert.Equal(Operations.Order(), BreachOperations(document).Select(o => o.Name).Order());

        foreach (var (name, operation) in BreachOperations(document))
        {
            var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
            var (status, answer) = (success.Name, success.Value);
            Assert.True(answer.TryGetProperty("content", out var content), $"{name} {status} has no content");
            Assert.True(content.TryGetProperty("application/json", out var json), $"{name} {status} has no JSON answer");
            Assert.True(json.TryGetProperty("example", out var example), $"{name} {status} has no answer example");
            Assert.Empty(check.Errors(example, json.GetProperty("schema"), $"{name} {status}"));
            Assert.True(example.ValueKind == JsonValueKind.Array ? example.GetArrayLength() > 0 : example.EnumerateObject().Any(), $"{name}: empty example");

            if (operation.TryGetProperty("requestBody", out var body))
            {
                var request = body.GetProperty("content").GetProperty("application/json");
                Assert.True(request.TryGetProperty("example", out var requestExample), $"{name} has no request example");
                Assert.Empty(check.Errors(requestExample, request.GetProperty("schema"), $"{name} request"));
            }
        }
    }

    [Fact]
    public async Task The_examples_show_the_German_lead_and_the_French_concerned_authority_and_the_text_forms_stay_documented()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var breach = Example(paths, "/api/v1/breaches/{id}", "get", "200");
        Assert.Equal("DE", breach.GetProperty("leadAuthority").GetProperty("country").GetString());
        Assert.Equal("FR", Assert.Single(breach.GetProperty("concernedAuthorities").EnumerateArray()).GetProperty("country").GetString());
        Assert.StartsWith("Commission Nationale de l", breach.GetProperty("concernedAuthorities")[0].GetProperty("name").GetString());
        Assert.Equal("AuthorityNotificationDue", breach.GetProperty("timeline")[6].GetProperty("kind").GetString());

        var draft = Example(paths, "/api/v1/breaches/{id}/authority-notification/draft", "get", "200");
        Assert.Equal("DE", draft.GetProperty("lead").GetProperty("authority").GetProperty("country").GetString());
        Assert.Contains("CNIL", draft.GetProperty("text").GetString());
        Assert.Empty(draft.GetProperty("missing").EnumerateArray());

        var register = Example(paths, "/api/v1/breaches/register", "get", "200");
        Assert.Contains(register.EnumerateArray(), e => !e.GetProperty("notified").GetBoolean() && e.GetProperty("reasonNotNotified").GetString()!.Contains("Art. 33(1)"));

        Assert.True(Content(paths, "/api/v1/breaches/register").TryGetProperty("text/csv", out var csv) && !csv.TryGetProperty("example", out _));
        Assert.True(Content(paths, "/api/v1/breaches/{id}/authority-notification/draft").TryGetProperty("text/html", out _));
        Assert.True(Example(paths, "/api/v1/breaches", "post", "202").TryGetProperty("authorityDeadline", out _));
    }

    [Fact]
    public async Task The_schema_check_catches_an_example_that_drifted_from_its_type()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        var json = document.GetProperty("paths").GetProperty("/api/v1/breaches/{id}").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").GetProperty("application/json");
        var example = JsonNode.Parse(json.GetProperty("example").GetRawText())!.AsObject();
        example.Remove("awareAt");
        example["approxSubjectsAffected"] = "about twelve thousand";
        example["riskScore"] = 7;
        example["leadAuthority"]!["country"] = 49;
        example["timeline"]![0]!["at"] = "yesterday";

        var errors = check.Errors(JsonSerializer.SerializeToElement(example), json.GetProperty("schema"), "$");

        Assert.Contains("$.awareAt: required but missing", errors);
        Assert.Contains(errors, e => e.StartsWith("$.approxSubjectsAffected:", StringComparison.Ordinal));
        Assert.Contains("$.riskScore: not in the schema", errors);
        Assert.Contains("$.leadAuthority: matches none of oneOf", errors);
        Assert.Contains("$.timeline[0].at: 'yesterday' is not a date-time", errors);
    }

    private static async Task<JsonElement> DocumentAsync()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.Breaches(DateTimeOffset.UtcNow));
        return (await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).Clone();
    }

    private static IEnumerable<(string Name, JsonElement Operation)> BreachOperations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("tags", out var tags)
            && tags.EnumerateArray().Any(t => t.GetString() == "Breaches")
        select ($"{operation.Name} {path.Name}", operation.Value);

    private static JsonElement Content(JsonElement paths, string path) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");

    private static JsonElement Example(JsonElement paths, string path, string method, string status) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status)
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
}
