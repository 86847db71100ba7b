namespace ComplianceHub.IntegrationTests;

/// <summary>The role × endpoint matrix of docs/security.md is what the running host enforces, endpoint by endpoint.</summary>
public sealed class AccessMatrixTests
{
    [Fact]
    public async Task Every_api_operation_declares_exactly_the_roles_the_documented_matrix_gives_it()
    {
        await using var host = new HostProcess(new Dictionary<string, string>());
        await host.StartAsync();
        var actual = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in await ApiOperation.ReadAsync(host))
        {
            var roles = operation.Description.TryGetProperty("x-compliancehub-roles", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var platform = operation.Description.TryGetProperty("x-compliancehub-platform-only", out var p) && p.GetBoolean();
            var name = $"{operation.Method.ToUpperInvariant()} {operation.Path}";
            Assert.True(roles.Count > 0, $"{name} declares no role.");
            actual[name] = Describe(roles, platform);
        }

        var documented = DocumentedMatrix();
        Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(documented, row => Assert.Equal(row.Value, actual[row.Key]));
    }

    private static Dictionary<string, string> DocumentedMatrix()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "security.md"));
        var header = lines.Single(l => l.StartsWith("| endpoint |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2..^1];
        return lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1..^1]).ToDictionary(
            cells => cells[0].Trim('`'),
            cells =>
            {
                var marks = cells[1..];
                var roles = header.Where((_, i) => marks[i] is "✓" or "P").ToList();
                Assert.True(marks.Where(m => m.Length > 0).Distinct().Count() <= 1, $"{cells[0]} mixes platform and organisation marks.");
                return Describe(roles, marks.Contains("P"));
            },
            StringComparer.Ordinal);
    }

    private static string Describe(IEnumerable<string> roles, bool platform) =>
        $"{string.Join(",", roles.Order(StringComparer.Ordinal))}{(platform ? " (platform)" : "")}";
}
