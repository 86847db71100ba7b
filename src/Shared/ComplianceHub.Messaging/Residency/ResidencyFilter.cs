using ComplianceHub.Shared.DeadLetters;

namespace ComplianceHub.Shared.Residency;

/// <summary>
/// After the signature check on every RabbitMQ endpoint: a node outside the EEA refuses every message (all are tagged
/// for the EEA, and any may carry personal data).
/// The message is quarantined in the dead-letter store with a security event, and no consumer sees it (Chapter V).
/// </summary>
internal sealed class ResidencyFilter(ResidencyOptions residency, IDeadLetterStore deadLetters, ILogger<ResidencyFilter> logger) : IFilter<ReceiveContext>
{
    public const string Check = "Residency";

    public async Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        // Fail closed: the transport header is not signed, so a tag saying "no personal data" proves nothing; every
        // message of ours is tagged for the EEA and none is processed outside it.
        if (residency.InsideEea)
        {
            await next.Send(context);
            return;
        }

        var id = await deadLetters.QuarantineAsync(context, $"Residency: node in {residency.NodeCountry} is outside the EEA", Check, keyId: null);
        logger.LogWarning("Message {MessageId} on {Queue} quarantined: this node ({Country}) is outside the EEA; dead letter {DeadLetterId}",
            context.GetMessageId(), ReceivedMessages.QueueOf(context.InputAddress), residency.NodeCountry, id);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("residency");
}
