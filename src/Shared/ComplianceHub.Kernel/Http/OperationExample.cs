using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceHub.Shared.Http;

/// <summary>Endpoint metadata: an example request body and answer for the OpenAPI document (JSON as on the wire).</summary>
public sealed record OperationExample(JsonNode? Request, JsonNode? Response, int ResponseStatus)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static JsonNode? ToJson(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, Web);
}
