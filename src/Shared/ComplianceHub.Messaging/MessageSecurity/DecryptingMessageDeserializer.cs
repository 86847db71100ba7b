using System.Net.Mime;
using System.Runtime.Serialization;
using System.Security.Cryptography;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Reads <see cref="EncryptedMessages.MediaType"/> bodies: decrypts under whichever key of the ring encrypted them, then
/// hands the plaintext to the JSON deserializer it names. The receive context keeps the ciphertext, so a message moved
/// to an error queue stays encrypted at rest in the broker.
/// </summary>
internal sealed class DecryptingMessageDeserializer(MessageKeyRing keys) : IMessageDeserializer
{
    private static readonly IMessageDeserializer Envelope = SystemTextJsonMessageSerializer.Instance;
    private static readonly IMessageDeserializer Raw = new SystemTextJsonRawMessageSerializer();

    public ContentType ContentType => EncryptedMessages.ContentType;

    public ConsumeContext Deserialize(ReceiveContext receiveContext) =>
        new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        string contentType;
        byte[] plaintext;
        try
        {
            (contentType, plaintext) = EncryptedMessages.Open(keys, body.GetBytes());
        }
        catch (CryptographicException ex)
        {
            // Permanent: no retry opens it; the dead-letter store keeps the ciphertext for when the key is restored.
            throw new SerializationException($"The message could not be decrypted: {ex.Message}", ex);
        }

        var inner = new ContentType(contentType).MediaType switch
        {
            "application/vnd.masstransit+json" => Envelope,
            "application/json" => Raw,
            var other => throw new SerializationException($"Encrypted messages of content type '{other}' are not supported."),
        };
        return inner.Deserialize(new BytesMessageBody(plaintext), headers, destinationAddress);
    }

    public MessageBody GetMessageBody(string text) => throw new NotSupportedException("Encrypted bodies are created by the sending serializer.");

    public void Probe(ProbeContext context) => context.CreateScope("encrypted").Add("contentType", ContentType.MediaType);
}
