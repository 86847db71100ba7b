using System.Globalization;
using ComplianceHub.Shared.Residency;
using MassTransit.Context;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Encrypts, then signs, every message as the transport sends it: the send observers run after every pipe has shaped
/// the message and before the transport reads the body. The serializer is wrapped so the body is serialized and
/// encrypted (AES-256-GCM, active key) here once (MassTransit keeps it), then its HMAC and timestamp travel as
/// transport headers. A body that is already encrypted (a message moved as it was received) is not encrypted twice. A
/// message moved or replayed is signed again by whoever sends it. The signature binds the destination, the message
/// types and the partition key too, so the receiver can refuse a signed message copied into another queue. Publishes reach the transport's observers as publish
/// observers, at the same point.
/// </summary>
internal sealed class SigningSendObserver(MessageKeyRing keys, TimeProvider clock) : ISendObserver, IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => PreSend(context);

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        if (context is MessageSendContext<T> message)
        {
            if (message.BodyLength is null && message.Serializer is { } serializer && !EncryptedMessages.IsEncrypted(serializer.ContentType.MediaType))
            {
                message.Serializer = new EncryptingMessageSerializer(serializer, keys);
            }

            // Every message may carry personal data: all are tagged for processing inside the EEA only.
            context.Headers.Set(ResidencyHeaders.Residency, ResidencyHeaders.Eea);
            var now = clock.GetUtcNow();
            var body = message.Body.GetBytes();
            var route = new MessageRoute(
                MessageRoute.NameOf(context.DestinationAddress),
                string.Join(";", context.SupportedMessageTypes ?? []),
                context.Headers.Get<string>(MessageSignatureHeaders.PartitionKey) ?? "");
            context.Headers.Set(MessageSignatureHeaders.KeyId, keys.ActiveSigningKey);
            context.Headers.Set(MessageSignatureHeaders.Timestamp, now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
            context.Headers.Set(MessageSignatureHeaders.Destination, route.Destination);
            context.Headers.Set(MessageSignatureHeaders.MessageTypes, route.MessageTypes);
            context.Headers.Set(MessageSignatureHeaders.Signature, keys.Sign(body, now, route));
        }

        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
