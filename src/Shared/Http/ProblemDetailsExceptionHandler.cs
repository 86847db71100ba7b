using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// Turns exceptions into RFC 9457 problem details. Malformed request bodies name the offending JSON path;
/// anything unexpected is a 500 with a trace id and no internals (the details go to the log).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => BodyProblem(json.Path, JsonMessage(json)),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? null : SafeMessage(bad.Message),
            },
            _ when IsTransientOutage(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "A service this request needs is unavailable; retry later",
            },
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Dependency unavailable for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = "5";
        }

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Unexpected error" };
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The database or another dependency is down or overloaded: the caller should retry, not give up.</summary>
    private static bool IsTransientOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static HttpValidationProblemDetails BodyProblem(string? path, string message)
    {
        var field = string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this operation",
        };
    }

    // System.Text.Json messages quote the CLR type; keep the part a caller can act on.
    private static string JsonMessage(JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "The value has the wrong type or is not one of the allowed values."
            : "The JSON is malformed.";

    private static string SafeMessage(string message) => message.Length > 200 ? message[..200] : message;
}
