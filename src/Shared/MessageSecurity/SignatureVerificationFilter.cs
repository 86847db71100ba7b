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

        var id = await deadLetters.QuarantineAsync(context, $"Signature {check}", check.ToString(), keyId);
        logger.LogWarning("Message {MessageId} on {Queue} quarantined: signature {Check} (key {KeyId}); dead letter {DeadLetterId}",
            context.GetMessageId(), DeadLetterWriter.QueueOf(context.InputAddress), check, keyId, id);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("signatureVerification");

    private static string? Text(Headers headers, string key) =>
        headers.TryGetHeader(key, out var value) ? DeadLetterWriter.HeaderText(value) : null;
}
