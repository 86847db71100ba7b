using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.Messaging.Failures;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>Posts one message to the configured HTTP gateway and reads its message id from the answer.</summary>
internal sealed class SmsGateway(IHttpClientFactory clients, SmsOptions options, ILogger<SmsGateway> logger)
{
    public const string HttpClientName = "sms-gateway";

    private const int MaxAnswerBytes = 64 * 1024;

    public async Task<ChannelResult> SendAsync(ChannelMessage message, string text, CancellationToken cancellationToken)
    {
        var body = SmsBody.Render(options.BodyTemplate, message.Recipient.Phone!, options.From, text, message.DeliveryId.ToString());
        using var request = new HttpRequestMessage(new HttpMethod(options.Method), options.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(options.ContentType)),
        };
        if (options.AuthorizationHeader is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        // A redelivered copy of the same delivery carries the same key: gateways that support it drop the repeat.
        request.Headers.TryAddWithoutValidation("Idempotency-Key", message.IdempotencyKey);

        HttpResponseMessage answer;
        try
        {
            answer = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (OutboundFailure.IsRefused(ex))
        {
            // The guard refused the gateway's address before connecting: configuration, not an outage; not retried.
            logger.LogWarning("SMS gateway's address refused for delivery {DeliveryId}", message.DeliveryId);
            return ChannelResult.Refused($"The SMS gateway could not be reached ({OutboundRequestRefusedException.Reason}).");
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            // The handler's message names the address and port that failed; the evidence and dead letters get neither.
            throw new HttpRequestException(ex.HttpRequestError, $"The SMS gateway could not be reached: {OutboundFailure.Describe(ex)}.");
        }

        using var response = answer;
        var status = (int)response.StatusCode;
        if (FailureClassifier.ForHttpStatus(status) == FailureKind.Transient)
        {
            logger.LogWarning("SMS gateway answered {Status} for delivery {DeliveryId}; will retry", status, message.DeliveryId);
            throw new HttpRequestException($"The SMS gateway answered {status}.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            // The answer's body may echo the number or the text: neither is logged.
            logger.LogWarning("SMS gateway refused delivery {DeliveryId} with {Status}", message.DeliveryId, status);
            return ChannelResult.Refused($"The SMS gateway refused the message (HTTP {status}).");
        }

        var providerId = await ReadMessageIdAsync(response, cancellationToken);
        logger.LogInformation("SMS for delivery {DeliveryId} accepted by the gateway as {ProviderMessageId}", message.DeliveryId, providerId);
        return ChannelResult.Sent(providerId);
    }

    private async Task<string?> ReadMessageIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is > MaxAnswerBytes)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length is 0 or > MaxAnswerBytes)
        {
            return null;
        }

        try
        {
            using var answer = JsonDocument.Parse(bytes);
            return answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty(options.MessageIdProperty, out var id)
                ? id.ValueKind switch
                {
                    JsonValueKind.String => id.GetString(),
                    JsonValueKind.Number => id.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null; // accepted all the same: the status said so
        }
    }
}
