using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.Messaging.Failures;
using ComplianceHub.Shared.Resilience;

namespace ComplianceHub.Notifications.Webhooks;

/// <summary>
/// One signed POST through the subscription's own breaker (<c>webhook:{subscriptionId}</c>: one breaker per endpoint,
/// so one organisation's failing receiver on a shared SaaS host never blocks another's subscriptions there, and the
/// breaker's name, shown to operators and logged, carries no path or query that might hold a token). 2xx delivers;
/// 408, 429, 500, 502, 503, 504, network errors, timeouts and an open breaker are worth another attempt; any other
/// answer (including 501 and 505, which a retry will not change) is a refusal, as <see cref="FailureClassifier"/>
/// decides for every channel; a destination the SSRF guard refuses is refused too. Only the receiver's status is kept,
/// never its body, and network errors by kind, never by message (it would name the address).
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, CircuitBreakerRegistry breakers, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    /// <summary>The name of the breaker guarding one subscription's endpoint.</summary>
    public static string BreakerName(Guid subscriptionId) => $"webhook:{subscriptionId}";

    internal async Task<(WebhookAttemptResult Result, long DurationMs)> SendAsync(
        Guid subscriptionId, Uri url, string secret, Guid deliveryId, string body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await AttemptAsync(subscriptionId, url, secret, deliveryId, body, cancellationToken);
        return (result, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<WebhookAttemptResult> AttemptAsync(
        Guid subscriptionId, Uri url, string secret, Guid deliveryId, string body, CancellationToken cancellationToken)
    {
        CircuitCall call;
        try
        {
            call = breakers.Get(BreakerName(subscriptionId)).Acquire();
        }
        catch (CircuitOpenException)
        {
            return new WebhookAttemptResult(WebhookAttemptOutcome.Retry, null, "circuit open");
        }

        try
        {
            using var request = Request(url, secret, deliveryId, body);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var outcome = Classify(status);
            if (outcome == WebhookAttemptOutcome.Retry)
            {
                call.Failed(new HttpRequestException($"HTTP {status}", null, response.StatusCode));
            }
            else
            {
                call.Succeeded(); // the receiver answered: its host is up, whatever it thought of the request
            }

            return new WebhookAttemptResult(outcome, status, outcome == WebhookAttemptOutcome.Delivered ? null : $"HTTP {status}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            call.Abandoned();
            throw;
        }
        catch (Exception ex) when (OutboundFailure.IsRefused(ex))
        {
            // The guard refused the receiver's address before connecting (e.g. its name now resolves to an internal
            // address): nothing was sent and nothing is learnt about the receiver; another attempt would only probe again.
            call.Abandoned();
            return new WebhookAttemptResult(WebhookAttemptOutcome.Refused, null, OutboundRequestRefusedException.Reason);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            call.Failed(ex);
            return new WebhookAttemptResult(WebhookAttemptOutcome.Retry, null, OutboundFailure.Describe(ex));
        }
    }

    private HttpRequestMessage Request(Uri url, string secret, Guid deliveryId, string body)
    {
        var id = deliveryId.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSigner.IdHeader, id);
        request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(secret, id, timestamp, body));
        return request;
    }

    internal static WebhookAttemptOutcome Classify(int status) =>
        status is >= 200 and < 300 ? WebhookAttemptOutcome.Delivered
        : FailureClassifier.ForHttpStatus(status) == FailureKind.Transient ? WebhookAttemptOutcome.Retry
        : WebhookAttemptOutcome.Refused;
}
