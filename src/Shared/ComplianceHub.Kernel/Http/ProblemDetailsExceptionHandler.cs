using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// Turns exceptions into RFC 9457 problem details. Values and bodies that cannot be bound name the offending parameter
/// or JSON path (<see cref="BindingProblems"/>); anything unexpected is a 500 with a trace id and no internals (the details go to the log).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
            },
            BadHttpRequestException bad => BindingProblems.From(httpContext, bad),
            Audit.AuditChainTamperedException => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The audit trail is stopped: its chain head failed its signature check",
                Detail = "Nothing is recorded over a chain that may have been cut. An operator must verify the trail (GET /api/v1/audit/verify).",
            },
            Audit.ApiCallNotAuditedException => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The call's audit entry could not be written",
                Detail = "The call may have taken effect. Read the resource before retrying, or retry with the same Idempotency-Key.",
            },
            _ when IsTransientOutage(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "A service this request needs is unavailable; retry later",
            },
            _ => null,
        };

        if (exception is Audit.AuditChainTamperedException or Audit.ApiCallNotAuditedException)
        {
            logger.LogError(exception, "Audit trail unavailable for {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
        }
        else if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Dependency unavailable for {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
            httpContext.Response.Headers.RetryAfter = "5";
        }

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Route}", httpContext.Request.Method, RouteOf(httpContext));
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Unexpected error" };
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }))
        {
            return true;
        }

        // A caller whose Accept header names neither JSON nor problem+json still gets the problem, not a bare status.
        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The route template, not the path: a path can carry a secret (an acknowledgement token) or personal data.</summary>
    private static string RouteOf(HttpContext httpContext) =>
        (httpContext.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

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
}
