using System.Net.Mime;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>Serializes with the serializer it wraps, then encrypts the result under the active key.</summary>
internal sealed class EncryptingMessageSerializer(IMessageSerializer inner, MessageKeyRing keys) : IMessageSerializer
{
    public ContentType ContentType => EncryptedMessages.ContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class =>
        new BytesMessageBody(EncryptedMessages.Seal(keys, inner.ContentType.ToString(), inner.GetMessageBody(context).GetBytes()));
}
