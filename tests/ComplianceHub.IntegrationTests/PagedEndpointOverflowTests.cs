namespace ComplianceHub.IntegrationTests;

/// <summary>Every paged listing of the running host's OpenAPI document refuses a page whose offset overflows, as 400 naming <c>page</c>.</summary>
public sealed class PagedEndpointOverflowTests
{
    [Fact]
    public async Task A_page_far_beyond_any_offset_is_refused_as_400_naming_page_on_every_paged_endpoint()
    {
        await using var host = new HostProcess(new Dictionary<string, string>());
        await host.StartAsync();

        var paged = (await ApiOperation.ReadAsync(host))
            .Where(o => o.Method == "get" && o.Description.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "page"))
            .ToList();
        Assert.True(paged.Count >= 10, $"only {paged.Count} paged operations in the OpenAPI document");

        var failures = new List<string>();
        foreach (var operation in paged)
        {
            var path = operation.Path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            foreach (var query in new[] { "page=2147483647&pageSize=500", "page=2147483647", "page=1073741825&pageSize=2" })
            {
                using var response = await host.Client.GetAsync($"{path}?{query}");
                var body = await response.Content.ReadAsStringAsync();
                var named = response.StatusCode == HttpStatusCode.BadRequest
                    && JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("page", out _);
                if (!named)
                {
                    failures.Add($"GET {path}?{query}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The last page that still fits is an ordinary, empty page.
        using var farButFine = await host.Client.GetAsync("/api/v1/audit?page=21474837&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, farButFine.StatusCode);
    }
}
