using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplianceHub.Testing;

/// <summary>
/// Checks an example against its schema in the OpenAPI document: references, nullable unions, types, formats (uuid,
/// date-time), enums, required properties and no property the schema does not declare. Enough to catch an example that
/// drifted from the real type; not a full JSON Schema validator.
/// </summary>
public sealed class OpenApiSchemaCheck(JsonElement document)
{
    public List<string> Errors(JsonElement value, JsonElement schema, string path)
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), path, errors);
            return;
        }

        foreach (var union in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(union, out var branches))
            {
                if (!branches.EnumerateArray().Any(b => Errors(value, b, path).Count == 0))
                {
                    errors.Add($"{path}: matches none of {union}");
                }

                return;
            }
        }

        if (schema.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(value, part, path, errors);
            }
        }

        var types = TypesOf(schema);
        var kind = KindOf(value);
        if (types.Count > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{path}: {kind}, expected {string.Join("|", types)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            errors.Add($"{path}: {value} is not one of {allowed}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, path, errors);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{path}[{i++}]", errors);
                }

                break;
            case JsonValueKind.Object:
                CheckObject(value, schema, path, errors);
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            errors.AddRange(required.EnumerateArray().Select(r => r.GetString()!)
                .Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}.{r}: required but missing"));
        }

        var declared = schema.TryGetProperty("properties", out var properties);
        var open = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (declared && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, $"{path}.{property.Name}", errors);
            }
            else if (open && additional.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, additional, $"{path}.{property.Name}", errors);
            }
            else if (!open)
            {
                errors.Add($"{path}.{property.Name}: not in the schema");
            }
        }
    }

    private static void CheckString(string text, JsonElement schema, string path, List<string> errors)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format == "uuid" && !Guid.TryParse(text, out _)
            || format == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            errors.Add($"{path}: '{text}' is not a {format}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            errors.Add($"{path}: '{text}' does not match {pattern}");
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references within the document are followed: {reference}");
        }

        var node = document;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node.GetProperty(part);
        }

        return node;
    }

    private static HashSet<string> TypesOf(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
