using ComplianceHub.DataSubjectRequests.ExtendDeadline;
using ComplianceHub.DataSubjectRequests.ReceiveRequest;
using ComplianceHub.DataSubjectRequests.Respond;

namespace ComplianceHub.DataSubjectRequests.Tests.Workflow;

/// <summary>
/// Compliance tooling integrates from the OpenAPI document: every rights-request operation shows an example of its
/// request body and of its success answer, each valid against its own schema.
/// </summary>
public sealed class RequestOpenApiTests
{
    private static readonly string[] Operations =
    [
        "post /api/v1/data-subject-requests", "get /api/v1/data-subject-requests", "get /api/v1/data-subject-requests/{id}",
        "post /api/v1/data-subject-requests/{id}/identity-verification", "post /api/v1/data-subject-requests/{id}/extension",
        "post /api/v1/data-subject-requests/{id}/tasks/{taskId}/complete", "post /api/v1/data-subject-requests/{id}/respond",
        "post /api/v1/fulfilment-systems", "get /api/v1/fulfilment-systems", "get /api/v1/fulfilment-systems/{id}",
        "put /api/v1/fulfilment-systems/{id}", "delete /api/v1/fulfilment-systems/{id}",
    ];

    [Fact]
    public async Task Every_request_operation_Should_show_a_request_and_answer_example_valid_against_its_schema()
    {
        var document = await DocumentAsync();
        var check = new OpenApiSchemaCheck(document);
        var operations = RequestOperations(document).ToList();
        Assert.Equal(Operations.Order(), operations.Select(o => o.Name).Order());

        var problems = new List<string>();
        foreach (var (name, operation) in operations)
        {
            if (operation.TryGetProperty("requestBody", out var body))
            {
                problems.AddRange(ExampleProblems(check, body, $"{name} request"));
            }

            var success = operation.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{name} declares no success answer");
            foreach (var answer in success.Where(r => r.Value.TryGetProperty("content", out _)))
            {
                problems.AddRange(ExampleProblems(check, answer.Value, $"{name} {answer.Name}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_examples_Should_tell_one_request_from_receipt_to_answer()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var accepted = Example(paths, "/api/v1/data-subject-requests", "post", "202");
        var id = accepted.GetProperty("id").GetGuid();
        var request = Example(paths, "/api/v1/data-subject-requests/{id}", "get", "200");
        Assert.Equal(id, request.GetProperty("id").GetGuid());
        Assert.All(new[] { "identity-verification", "extension", "respond" }, action =>
            Assert.Equal(id, Example(paths, $"/api/v1/data-subject-requests/{{id}}/{action}", "post", "202").GetProperty("id").GetGuid()));
        Assert.Equal(id, Example(paths, "/api/v1/data-subject-requests/{id}/tasks/{taskId}/complete", "post", "202").GetProperty("id").GetGuid());
        Assert.Equal(id, Example(paths, "/api/v1/data-subject-requests", "get", "200")[0].GetProperty("id").GetGuid());

        var kinds = request.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Received", "IdentityVerified", "FannedOut", "TaskSent", "Extended", "TaskCompleted", "AllTasksDone", "Responded"], kinds);
        Assert.Equal("Responded", request.GetProperty("status").GetString());
        Assert.Equal(2, request.GetProperty("extension").GetProperty("months").GetInt32());

        var system = Example(paths, "/api/v1/fulfilment-systems/{id}", "get", "200").GetProperty("id").GetGuid();
        Assert.Equal(system, Assert.Single(request.GetProperty("tasks").EnumerateArray()).GetProperty("systemId").GetGuid());
        Assert.Equal(system, Example(paths, "/api/v1/fulfilment-systems", "post", "201").GetProperty("id").GetGuid());
    }

    [Fact]
    public void The_example_deadlines_Should_be_the_ones_Art_12_3_gives_a_request_received_in_Berlin()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Assert.Equal(RequestDeadlines.DueAt(ReceiveRequestExamples.ReceivedAt, berlin, 0, TimeSpan.Zero), ReceiveRequestExamples.FirstDueAt);
        Assert.Equal(RequestDeadlines.DueAt(ReceiveRequestExamples.ReceivedAt, berlin, 2, TimeSpan.Zero), ExtendDeadlineExamples.ExtendedDueAt);
        Assert.Null(RequestDeadlines.CheckExtension(0, 2, ReceiveRequestExamples.ReceivedAt, RequestDeadlines.FirstMonthEnds(ReceiveRequestExamples.ReceivedAt, berlin),
            ExtendDeadlineExamples.NoticeSentAt, ExtendDeadlineExamples.ExtendedAt));
        Assert.True(RespondExamples.SentAt < ExtendDeadlineExamples.ExtendedDueAt, "the example answer is in time");
    }

    private static IEnumerable<string> ExampleProblems(OpenApiSchemaCheck check, JsonElement part, string name)
    {
        if (!part.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return [$"{name}: no JSON content"];
        }

        if (!json.TryGetProperty("example", out var example))
        {
            return [$"{name}: no example"];
        }

        var errors = check.Errors(example, json.GetProperty("schema"), name);
        var empty = example.ValueKind == JsonValueKind.Array ? example.GetArrayLength() == 0 : !example.EnumerateObject().Any();
        return empty ? [.. errors, $"{name}: empty example"] : errors;
    }

    private static async Task<JsonElement> DocumentAsync()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.DataSubjectRequests(new TravellingClock(DateTimeOffset.UtcNow)));
        return (await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).Clone();
    }

    private static IEnumerable<(string Name, JsonElement Operation)> RequestOperations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/v1/data-subject-requests", StringComparison.Ordinal)
            || path.Name.StartsWith("/api/v1/fulfilment-systems", StringComparison.Ordinal)
        from operation in path.Value.EnumerateObject()
        where operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("responses", out _)
        select ($"{operation.Name} {path.Name}", operation.Value);

    private static JsonElement Example(JsonElement paths, string path, string method, string status) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status)
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
}
