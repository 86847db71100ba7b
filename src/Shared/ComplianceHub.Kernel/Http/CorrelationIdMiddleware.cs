using ComplianceHub.Shared.Messaging;
using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// Takes the caller's <c>X-Correlation-Id</c> (or makes one), echoes it, and puts it on every log event of the
/// request so an operator can follow one call through the modules.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = CorrelationContext.Header;

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[Header].ToString();
        if (!IsAcceptable(correlationId))
        {
            correlationId = Guid.NewGuid().ToString("N");
        }

        context.Items[Header] = correlationId;
        context.Response.OnStarting(() =>
        {
            // Set when the response starts, so error responses written by the exception handler carry it too.
            context.Response.Headers[Header] = correlationId;
            return Task.CompletedTask;
        });
        CorrelationContext.Current = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    /// <summary>Caller-supplied ids end up in logs: accept only short, plain tokens.</summary>
    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
