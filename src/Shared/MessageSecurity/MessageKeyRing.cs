using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Signs and verifies message bodies (HMAC-SHA256 over the timestamp and the body, compared in constant time) and
/// encrypts and decrypts payloads (AES-256-GCM; the key id and nonce travel with the ciphertext).
/// </summary>
public sealed class MessageKeyRing
{
    private const byte EnvelopeVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly IReadOnlyDictionary<string, byte[]> _signing;
    private readonly IReadOnlyDictionary<string, byte[]> _encryption;
    private readonly TimeSpan _window;
    private readonly TimeSpan _skew;

    public MessageKeyRing(
        IReadOnlyDictionary<string, byte[]> signing, string activeSigningKey,
        IReadOnlyDictionary<string, byte[]> encryption, string activeEncryptionKey,
        TimeSpan window, TimeSpan skew, bool isDevelopment)
    {
        _signing = signing;
        _encryption = encryption;
        ActiveSigningKey = activeSigningKey;
        ActiveEncryptionKey = activeEncryptionKey;
        _window = window;
        _skew = skew;
        IsDevelopment = isDevelopment;
    }

    public string ActiveSigningKey { get; }

    public string ActiveEncryptionKey { get; }

    /// <summary>Every encryption key id the ring can still decrypt with.</summary>
    public IReadOnlyCollection<string> EncryptionKeyIds => [.. _encryption.Keys];

    /// <summary>True for the generated development ring: fine on a laptop, never in production.</summary>
    public bool IsDevelopment { get; }

    /// <summary>The signature of <paramref name="body"/> at <paramref name="timestamp"/> under the active key, base64.</summary>
    public string Sign(ReadOnlySpan<byte> body, DateTimeOffset timestamp) =>
        Convert.ToBase64String(Mac(_signing[ActiveSigningKey], body, timestamp.ToUnixTimeMilliseconds()));

    public SignatureCheck Verify(ReadOnlySpan<byte> body, string? keyId, string? timestamp, string? signature, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!_signing.TryGetValue(keyId, out var key))
        {
            return SignatureCheck.UnknownKey;
        }

        var presented = MessageSecurityOptions.Decode(signature);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixMilliseconds) || presented is null)
        {
            return SignatureCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(Mac(key, body, unixMilliseconds), presented))
        {
            return SignatureCheck.Invalid;
        }

        // The timestamp is covered by the MAC, so only now is it worth reading.
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
        return signedAt < now - _window || signedAt > now + _skew ? SignatureCheck.Stale : SignatureCheck.Valid;
    }

    /// <summary>
    /// HMAC-SHA256 of a record other than a message (e.g. an audit entry's hash) under the active signing key;
    /// <paramref name="purpose"/> is MACed first, so a signature made for one use never verifies for another.
    /// </summary>
    public (string KeyId, string Signature) SignRecord(string purpose, ReadOnlySpan<byte> data) =>
        (ActiveSigningKey, Convert.ToBase64String(RecordMac(_signing[ActiveSigningKey], purpose, data)));

    /// <summary>Constant-time check of <see cref="SignRecord"/>; false for an unknown key.</summary>
    public bool VerifyRecord(string purpose, string keyId, ReadOnlySpan<byte> data, string signature) =>
        _signing.TryGetValue(keyId, out var key) && MessageSecurityOptions.Decode(signature) is { } presented
        && CryptographicOperations.FixedTimeEquals(RecordMac(key, purpose, data), presented);

    /// <summary>Encrypts under the active key; <paramref name="associatedData"/> (e.g. the message id) is authenticated, not stored.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        var keyId = Encoding.ASCII.GetBytes(ActiveEncryptionKey);
        var envelope = new byte[2 + keyId.Length + NonceSize + TagSize + plaintext.Length];
        envelope[0] = EnvelopeVersion;
        envelope[1] = (byte)keyId.Length;
        keyId.CopyTo(envelope.AsSpan(2));
        var offset = 2 + keyId.Length;
        var nonce = envelope.AsSpan(offset, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryption[ActiveEncryptionKey], TagSize);
        aes.Encrypt(nonce, plaintext, envelope.AsSpan(offset + NonceSize + TagSize), envelope.AsSpan(offset + NonceSize, TagSize), associatedData);
        return envelope;
    }

    /// <summary>Decrypts under whichever key encrypted it; throws <see cref="CryptographicException"/> when tampered with or the key is gone.</summary>
    public byte[] Decrypt(ReadOnlySpan<byte> envelope, ReadOnlySpan<byte> associatedData = default)
    {
        if (envelope.Length < 2 || envelope[0] != EnvelopeVersion || envelope.Length < 2 + envelope[1] + NonceSize + TagSize)
        {
            throw new CryptographicException("Not a ComplianceHub encrypted envelope.");
        }

        var keyId = Encoding.ASCII.GetString(envelope.Slice(2, envelope[1]));
        if (!_encryption.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"Encryption key '{keyId}' is not in the key ring.");
        }

        var offset = 2 + envelope[1];
        var plaintext = new byte[envelope.Length - offset - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(envelope.Slice(offset, NonceSize), envelope[(offset + NonceSize + TagSize)..], envelope.Slice(offset + NonceSize, TagSize), plaintext, associatedData);
        return plaintext;
    }

    /// <summary>The key id an envelope was encrypted under (to find data still protected by a key before removing it).</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> envelope) => Encoding.ASCII.GetString(envelope.Slice(2, envelope[1]));

    private static byte[] RecordMac(byte[] key, string purpose, ReadOnlySpan<byte> data)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(purpose + "\n"));
        hmac.AppendData(data);
        return hmac.GetHashAndReset();
    }

    private static byte[] Mac(byte[] key, ReadOnlySpan<byte> body, long unixMilliseconds)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        Span<byte> stamp = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(stamp, unixMilliseconds);
        hmac.AppendData(stamp);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
