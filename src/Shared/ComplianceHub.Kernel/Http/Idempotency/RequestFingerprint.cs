using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// What a key was first used for: method, path, query and the bound body, re-serialised (so a retry that differs only
/// in JSON whitespace or property order is the same request). Hex SHA-256; the body itself is not kept.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(EndpointFilterInvocationContext context)
    {
        var http = context.HttpContext;
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bodyType = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a is not null && bodyType.IsInstanceOfType(a));
        var text = $"{http.Request.Method}\n{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}\n"
            + (body is null ? "" : JsonSerializer.Serialize(body, bodyType!, json));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
