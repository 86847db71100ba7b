using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>
/// An answer as bytes: the first answer to an idempotent POST, written once for its caller and replayed verbatim
/// (status, <c>Location</c>, content type, body) to every retry with the same key.
/// </summary>
public sealed class CapturedResponse(
    int statusCode, string? location, string? contentType, byte[] body, bool replayed, IReadOnlyList<string>? redacted = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int StatusCode => statusCode;

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public string? ContentType => contentType;

    public string? Location => location;

    public byte[] Body => body;

    public bool IsSuccess => statusCode is >= 200 and < 300;

    public CapturedResponse AsReplay() => new(statusCode, location, contentType, body, replayed: true);

    /// <summary>This answer with the named top-level JSON fields set to null: what may be kept and replayed of it.</summary>
    public CapturedResponse Redact(IReadOnlyList<string> fields)
    {
        if (fields.Count == 0 || body.Length == 0 || JsonNode.Parse(body) is not JsonObject json)
        {
            return this;
        }

        foreach (var field in fields.Where(json.ContainsKey))
        {
            json[field] = null;
        }

        return new(statusCode, location, contentType, System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), replayed, fields);
    }

    /// <summary>The replay names the fields it withholds, so a client knows the secret is not lost by accident.</summary>
    public CapturedResponse Withholding(IReadOnlyList<string> fields) =>
        fields.Count == 0 ? this : new(statusCode, location, contentType, body, replayed, fields);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        if (contentType is not null)
        {
            response.ContentType = contentType;
        }

        if (replayed)
        {
            response.Headers[IdempotencyKey.ReplayedHeader] = "true";
            if (redacted is { Count: > 0 })
            {
                response.Headers[IdempotencyKey.RedactedHeader] = string.Join(",", redacted);
            }
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    /// <summary>Runs what the handler returned against a scratch context, to keep the bytes it would write.</summary>
    public static async Task<CapturedResponse> CaptureAsync(object? handlerResult, HttpContext http)
    {
        var result = handlerResult switch
        {
            IResult r => r,
            string text => TypedResults.Text(text),
            _ => TypedResults.Ok(handlerResult),
        };
        var scratch = new DefaultHttpContext { RequestServices = http.RequestServices, User = http.User };
        scratch.Request.Method = http.Request.Method;
        scratch.Request.Scheme = http.Request.Scheme;
        scratch.Request.Host = http.Request.Host;
        scratch.Request.PathBase = http.Request.PathBase;
        scratch.Request.Path = http.Request.Path;
        using var buffer = new MemoryStream();
        scratch.Response.Body = buffer;
        await result.ExecuteAsync(scratch);
        return new CapturedResponse(
            scratch.Response.StatusCode,
            scratch.Response.Headers.Location.Count > 0 ? scratch.Response.Headers.Location.ToString() : null,
            scratch.Response.ContentType,
            buffer.ToArray(),
            replayed: false);
    }
}
