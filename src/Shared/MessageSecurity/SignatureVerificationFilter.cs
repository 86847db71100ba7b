using ComplianceHub.Shared.DeadLetters;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// First step of every receive: the body's signature is checked (constant time) before anything is deserialized. A
/// missing, unknown-key, invalid or stale signature quarantines the message in the dead-letter store and raises
/// <see cref="MessageQuarantined"/> in the same transaction; no consumer sees it.
/// </summary>
internal sealed class SignatureVerificationFilter(MessageKeyRing keys, DeadLetterWriter deadLetters, TimeProvider clock, ILogger<SignatureVerificationFilter> logger)
    : IFilter<ReceiveContext>
{
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var headers = context.TransportHeaders;
        var keyId = Text(headers, MessageSignatureHeaders.KeyId);
        var check = keys.Verify(
            context.Body.GetBytes(), keyId, Text(headers, MessageSignatureHeaders.Timestamp), Text(headers, MessageSignatureHeaders.Signature), clock.GetUtcNow());
        if (check == SignatureCheck.Valid)
        {
            await next.Send(context);
            return;
        }

        var queue = context.InputAddress.AbsolutePath.TrimEnd('/').Split('/')[^1];
        var id = await deadLetters.StoreAsync(context, exception: null, $"Signature {check}", context.CancellationToken, (outbox, entryId, messageId, at) =>
            outbox.PublishEndpoint.Publish(new MessageQuarantined
            {
                DeadLetterId = entryId, MessageId = messageId, Queue = queue, Check = check.ToString(), KeyId = keyId, At = at,
            }));
        logger.LogWarning("Message {MessageId} on {Queue} quarantined: signature {Check} (key {KeyId}); dead letter {DeadLetterId}",
            context.GetMessageId(), queue, check, keyId, id);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("signatureVerification");

    private static string? Text(Headers headers, string key) =>
        headers.TryGetHeader(key, out var value) ? value switch
        {
            null => null,
            string s => s,
            byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
            _ => value.ToString(),
        }
        : null;
}
