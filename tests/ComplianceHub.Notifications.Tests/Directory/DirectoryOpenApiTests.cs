namespace ComplianceHub.Notifications.Tests.Directory;

public sealed class DirectoryOpenApiTests
{
    [Fact]
    public async Task The_openapi_document_shows_every_directory_operation_with_its_roles()
    {
        await using var host = await ModuleTestHost.StartAsync(h => h.NotificationsApi());
        var paths = (await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        var operations = new[] { "/api/v1/dpos", "/api/v1/dpos/{id}", "/api/v1/escalation-policies", "/api/v1/escalation-policies/{id}" }
            .SelectMany(path => paths.GetProperty(path).EnumerateObject().Select(op => (Operation: $"{op.Name.ToUpperInvariant()} {path}", Roles: op.Value.GetProperty("x-compliancehub-roles").GetRawText())))
            .ToList();

        Assert.Equal(10, operations.Count);
        Assert.All(operations, o => Assert.Contains("Dpo", o.Roles, StringComparison.Ordinal));
        Assert.All(operations.Where(o => !o.Operation.StartsWith("GET", StringComparison.Ordinal)), o => Assert.DoesNotContain("Auditor", o.Roles, StringComparison.Ordinal));
        Assert.All(operations.Where(o => o.Operation.StartsWith("GET", StringComparison.Ordinal)), o => Assert.Contains("Auditor", o.Roles, StringComparison.Ordinal));
    }
}
