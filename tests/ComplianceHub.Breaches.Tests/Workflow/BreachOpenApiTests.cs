using System.Net.Http.Json;
using System.Text.Json;

namespace ComplianceHub.Breaches.Tests.Workflow;

public sealed class BreachOpenApiTests
{
    [Fact]
    public async Task Every_breach_operation_is_in_the_OpenAPI_document_and_the_commands_carry_examples()
    {
        await using var host = await BreachesHost.StartAsync(DateTimeOffset.UtcNow);
        var paths = (await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        string[] operations =
        [
            "post /api/v1/breaches", "get /api/v1/breaches", "get /api/v1/breaches/register", "get /api/v1/breaches/{id}",
            "post /api/v1/breaches/{id}/assessment", "get /api/v1/breaches/{id}/authority-notification/draft",
            "post /api/v1/breaches/{id}/authority-notifications", "post /api/v1/breaches/{id}/subject-communication",
            "post /api/v1/breaches/{id}/controller-notification", "post /api/v1/breaches/{id}/close",
        ];
        foreach (var operation in operations)
        {
            var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
            Assert.True(item.TryGetProperty(method, out var op), $"{operation} is missing");
            if (method == "post")
            {
                var example = op.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
                Assert.True(example.EnumerateObject().Any(), $"{operation} has an empty example");
            }
        }

        var report = paths.GetProperty("/api/v1/breaches").GetProperty("post");
        Assert.Equal("DE", report.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example")
            .GetProperty("affectedCountries")[0].GetString());
        Assert.True(report.GetProperty("responses").GetProperty("202").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").TryGetProperty("authorityDeadline", out _));
    }
}
