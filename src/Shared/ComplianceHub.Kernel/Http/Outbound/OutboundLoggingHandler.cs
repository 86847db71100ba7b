using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// Logs each outbound request by scheme and host only. It replaces the factory's own request logging, which writes the
/// full URL: a webhook's path or query often carries the receiver's token.
/// </summary>
internal sealed class OutboundLoggingHandler(string client, ILogger<OutboundLoggingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var scheme = request.RequestUri?.Scheme;
        var host = request.RequestUri?.Host;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            logger.LogInformation("Outbound {Client} {Method} {Scheme}://{Host} answered {Status} in {ElapsedMs} ms",
                client, request.Method.Method, scheme, host, (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Outbound {Client} {Method} {Scheme}://{Host} failed: {Failure}",
                client, request.Method.Method, scheme, host, OutboundFailure.Describe(ex));
            throw;
        }
    }
}
