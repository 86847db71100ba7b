using System.Runtime.Serialization;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.Tests.MessageSecurity;

public sealed class EncryptedMessagesTests
{
    private const string Envelope = """{"messageId":"7d1e0000-0000-0000-0000-000000000001","messageType":["urn:message:Tests:Probe"],"message":{"subjectEmail":"ada@example.org"}}""";
    private readonly byte[] _old = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _new = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_sealed_body_hides_its_fields_and_opens_to_its_content_type_and_bytes()
    {
        var ring = Ring("k1");

        var sealedBody = EncryptedMessages.Seal(ring, "application/vnd.masstransit+json", Encoding.UTF8.GetBytes(Envelope));

        Assert.DoesNotContain("ada@example.org", Encoding.UTF8.GetString(sealedBody), StringComparison.Ordinal);
        Assert.DoesNotContain("Probe", Encoding.UTF8.GetString(sealedBody), StringComparison.Ordinal);
        var (contentType, body) = EncryptedMessages.Open(ring, sealedBody);
        Assert.Equal("application/vnd.masstransit+json", contentType);
        Assert.Equal(Envelope, Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void A_body_sealed_under_the_previous_key_opens_after_rotation_and_new_ones_use_the_new_key()
    {
        var beforeRotation = EncryptedMessages.Seal(Ring("k1"), "application/json", "{}"u8);
        var rotated = Ring("k2");

        Assert.Equal("k1", MessageKeyRing.KeyIdOf(beforeRotation));
        Assert.Equal("{}", Encoding.UTF8.GetString(EncryptedMessages.Open(rotated, beforeRotation).Body));
        Assert.Equal("k2", MessageKeyRing.KeyIdOf(EncryptedMessages.Seal(rotated, "application/json", "{}"u8)));
    }

    [Fact]
    public void A_dead_letter_payload_cannot_be_passed_off_as_a_message()
    {
        var ring = Ring("k1");
        var entryId = Guid.NewGuid();
        var payload = ring.Encrypt(Encoding.UTF8.GetBytes(Envelope), entryId.ToByteArray());

        Assert.ThrowsAny<CryptographicException>(() => EncryptedMessages.Open(ring, payload));
        var (contentType, body, opened) = EncryptedMessages.TryOpen(ring, EncryptedMessages.MediaType, payload);
        Assert.False(opened);
        Assert.Equal(EncryptedMessages.MediaType, contentType);
        Assert.Same(payload, body);
    }

    [Fact]
    public void The_deserializer_reads_the_inner_envelope_and_refuses_what_it_cannot_decrypt()
    {
        var deserializer = new DecryptingMessageDeserializer(Ring("k2"));
        var sealedBody = EncryptedMessages.Seal(Ring("k1"), "application/vnd.masstransit+json", Encoding.UTF8.GetBytes(Envelope));

        var context = deserializer.Deserialize(new BytesMessageBody(sealedBody), EmptyHeaders.Instance);

        Assert.Equal(Guid.Parse("7d1e0000-0000-0000-0000-000000000001"), context.MessageId);
        Assert.Contains("urn:message:Tests:Probe", context.SupportedMessageTypes);
        var stranger = new MessageKeyRing(
            new Dictionary<string, byte[]> { ["k9"] = _new }, "k9", new Dictionary<string, byte[]> { ["k9"] = _new }, "k9",
            TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        var error = Assert.Throws<SerializationException>(() => new DecryptingMessageDeserializer(stranger).Deserialize(new BytesMessageBody(sealedBody), EmptyHeaders.Instance));
        Assert.Contains("'k1'", error.Message, StringComparison.Ordinal);
    }

    private MessageKeyRing Ring(string active)
    {
        var keys = new Dictionary<string, byte[]> { ["k1"] = _old, ["k2"] = _new };
        return new MessageKeyRing(keys, active, keys, active, TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
    }
}
