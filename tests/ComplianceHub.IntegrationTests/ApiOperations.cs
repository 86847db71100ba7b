namespace ComplianceHub.IntegrationTests;

/// <summary>One operation of the running host's OpenAPI document under <c>/api/</c>: its path template, lower-case method and description.</summary>
internal sealed record ApiOperation(string Path, string Method, JsonElement Description)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<List<ApiOperation>> ReadAsync(HostProcess host)
    {
        var document = JsonDocument.Parse((await host.TryGetAsync("/openapi/v1.json")).Body).RootElement;
        return [.. document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)).Select(o => new ApiOperation(p.Name, o.Name, o.Value.Clone())))];
    }
}
