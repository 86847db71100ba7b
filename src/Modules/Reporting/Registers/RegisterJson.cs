using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceHub.Reporting.Registers;

/// <summary>How snapshots are written: the API's JSON (camelCase, enums as names).</summary>
internal static class RegisterJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Fields every entry carries that are bookkeeping, not content: never reported as changed.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "id", "organizationId", "revision", "createdAt", "updatedAt", "safeguard" };

    public static JsonElement Element<T>(T view) => JsonSerializer.SerializeToElement(view, Options);

    /// <summary>The content fields (API names) whose values differ between two snapshots of one entry.</summary>
    public static List<string> ChangedFields(JsonElement before, JsonElement after) =>
        [.. after.EnumerateObject().Where(p => !Bookkeeping.Contains(p.Name))
            .Where(p => !before.TryGetProperty(p.Name, out var old) || !JsonElement.DeepEquals(old, p.Value))
            .Select(p => p.Name)];

    /// <summary>Every content field: what a creation sets and a deletion removes.</summary>
    public static List<string> ContentFields(JsonElement snapshot) =>
        [.. snapshot.EnumerateObject().Where(p => !Bookkeeping.Contains(p.Name)).Select(p => p.Name)];
}
