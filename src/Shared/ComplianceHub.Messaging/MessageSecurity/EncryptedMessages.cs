using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// The wire form of an encrypted message body: AES-256-GCM (<see cref="MessageKeyRing.Encrypt"/>) over the inner
/// content type and the serialized body, so a receiver knows how to read what it decrypts. Signed after encryption:
/// the HMAC covers the ciphertext and is checked before anything is decrypted.
/// </summary>
public static class EncryptedMessages
{
    public const string MediaType = "application/vnd.compliancehub.encrypted";

    public static readonly ContentType ContentType = new(MediaType);

    // Domain separation: a message body can never be decrypted as a dead-letter payload or the other way round.
    private static readonly byte[] AssociatedData = "compliancehub/message/v1"u8.ToArray();

    public static bool IsEncrypted(string? contentType) =>
        contentType is not null && contentType.StartsWith(MediaType, StringComparison.OrdinalIgnoreCase);

    public static byte[] Seal(MessageKeyRing keys, string innerContentType, ReadOnlySpan<byte> body)
    {
        var type = Encoding.ASCII.GetBytes(innerContentType);
        if (type.Length > byte.MaxValue)
        {
            throw new ArgumentException("Content type too long to seal.", nameof(innerContentType));
        }

        var plaintext = new byte[1 + type.Length + body.Length];
        plaintext[0] = (byte)type.Length;
        type.CopyTo(plaintext, 1);
        body.CopyTo(plaintext.AsSpan(1 + type.Length));
        try
        {
            return keys.Encrypt(plaintext, AssociatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>The inner content type and body; throws <see cref="CryptographicException"/> when it cannot be opened.</summary>
    public static (string ContentType, byte[] Body) Open(MessageKeyRing keys, ReadOnlySpan<byte> envelope)
    {
        var plaintext = keys.Decrypt(envelope, AssociatedData);
        if (plaintext.Length < 1 || plaintext.Length < 1 + plaintext[0])
        {
            throw new CryptographicException("The decrypted message carries no content type.");
        }

        return (Encoding.ASCII.GetString(plaintext, 1, plaintext[0]), plaintext[(1 + plaintext[0])..]);
    }

    /// <summary>The readable body of a received message: decrypted when it is encrypted and the ring can open it, else as it came.</summary>
    public static (string? ContentType, byte[] Body, bool Opened) TryOpen(MessageKeyRing keys, string? contentType, byte[] body)
    {
        if (!IsEncrypted(contentType))
        {
            return (contentType, body, false);
        }

        try
        {
            var (inner, plaintext) = Open(keys, body);
            return (inner, plaintext, true);
        }
        catch (CryptographicException)
        {
            return (contentType, body, false);
        }
    }
}
