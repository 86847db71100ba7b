using System.Net.Mime;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>Registers <see cref="DecryptingMessageDeserializer"/> for its content type on the bus.</summary>
internal sealed class EncryptedSerializerFactory(MessageKeyRing keys) : ISerializerFactory
{
    public ContentType ContentType => EncryptedMessages.ContentType;

    public IMessageSerializer CreateSerializer() => throw new NotSupportedException("Messages are encrypted by the signing send observer, around the configured serializer.");

    public IMessageDeserializer CreateDeserializer() => new DecryptingMessageDeserializer(keys);
}
