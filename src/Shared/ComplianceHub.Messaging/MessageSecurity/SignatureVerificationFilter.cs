using ComplianceHub.Shared.DeadLetters;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// First step of every receive: the body's signature is checked (constant time) before anything is deserialized, and
/// the queue it arrived on must be where it was signed for. A missing, unknown-key, invalid, stale or misdirected
/// signature quarantines the message in the dead-letter store and raises
/// <see cref="MessageQuarantined"/> in the same transaction; no consumer sees it.
/// </summary>
internal sealed class SignatureVerificationFilter(MessageKeyRing keys, IDeadLetterStore deadLetters, TimeProvider clock, ILogger<SignatureVerificationFilter> logger)
    : IFilter<ReceiveContext>
{
    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        var headers = context.TransportHeaders;
        var keyId = Text(headers, MessageSignatureHeaders.KeyId);
        var route = new MessageRoute(
            Text(headers, MessageSignatureHeaders.Destination) ?? "",
            Text(headers, MessageSignatureHeaders.MessageTypes) ?? "",
            Text(headers, MessageSignatureHeaders.PartitionKey) ?? "");
        var check = keys.Verify(
            context.Body.GetBytes(), keyId, Text(headers, MessageSignatureHeaders.Timestamp), Text(headers, MessageSignatureHeaders.Signature), route, clock.GetUtcNow());

        // A valid signature for another queue: the message was copied here from where it was sent (a replay).
        if (check == SignatureCheck.Valid && !route.AllowsDeliveryTo(MessageRoute.NameOf(context.InputAddress)))
        {
            check = SignatureCheck.WrongDestination;
        }

        if (check == SignatureCheck.Valid)
        {
            await next.Send(context);
            return;
        }

        var id = await deadLetters.QuarantineAsync(context, $"Signature {check}", check.ToString(), keyId);
        logger.LogWarning("Message {MessageId} on {Queue} quarantined: signature {Check} (key {KeyId}); dead letter {DeadLetterId}",
            context.GetMessageId(), ReceivedMessages.QueueOf(context.InputAddress), check, keyId, id);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("signatureVerification");

    private static string? Text(Headers headers, string key) =>
        headers.TryGetHeader(key, out var value) ? ReceivedMessages.HeaderText(value) : null;
}
