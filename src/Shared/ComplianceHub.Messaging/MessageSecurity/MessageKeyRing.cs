using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Signs and verifies messages (HMAC-SHA256 over the timestamp, the route and the body, compared in constant time) and
/// records, and encrypts and decrypts payloads (AES-256-GCM; the key id and nonce travel with the ciphertext). Signing
/// keys are never used as they are: each purpose (messages, audit entries, the audit head, checkpoints, links,
/// reports) gets its own key derived from the ring key with HKDF-SHA256 under the purpose's label, so a signature of
/// one purpose never verifies for another and the message key can be handed to a connected system without letting it
/// sign anything else.
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
    private readonly ConcurrentDictionary<(string KeyId, string Purpose), byte[]> _derived = new();
    private long _encryptions;

    /// <summary>Marks a record signature made with a derived key (the form every new signature has).</summary>
    public const string DerivedSignaturePrefix = "v2:";

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

    /// <summary>
    /// The signature of <paramref name="body"/> sent along <paramref name="route"/> at <paramref name="timestamp"/>
    /// under the active key's message key, base64.
    /// </summary>
    public string Sign(ReadOnlySpan<byte> body, DateTimeOffset timestamp, MessageRoute route) =>
        Convert.ToBase64String(Mac(Derived(ActiveSigningKey, KeyPurposes.Messages), body, timestamp.ToUnixTimeMilliseconds(), route));

    public SignatureCheck Verify(ReadOnlySpan<byte> body, string? keyId, string? timestamp, string? signature, MessageRoute route, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!_signing.ContainsKey(keyId))
        {
            return SignatureCheck.UnknownKey;
        }

        var presented = MessageSecurityOptions.Decode(signature);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var unixMilliseconds) || presented is null)
        {
            return SignatureCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(Mac(Derived(keyId, KeyPurposes.Messages), body, unixMilliseconds, route), presented))
        {
            return SignatureCheck.Invalid;
        }

        // The timestamp is covered by the MAC, so only now is it worth reading.
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
        return signedAt < now - _window || signedAt > now + _skew ? SignatureCheck.Stale : SignatureCheck.Valid;
    }

    /// <summary>
    /// HMAC-SHA256 of a record other than a message (e.g. an audit entry's hash) under the active key's key for
    /// <paramref name="purpose"/>; the signature carries <see cref="DerivedSignaturePrefix"/>.
    /// </summary>
    public (string KeyId, string Signature) SignRecord(string purpose, ReadOnlySpan<byte> data) =>
        (ActiveSigningKey, DerivedSignaturePrefix + Convert.ToBase64String(RecordMac(Derived(ActiveSigningKey, purpose), data)));

    /// <summary>
    /// Constant-time check of <see cref="SignRecord"/>; false for an unknown key. A signature without the derived
    /// prefix was made by an earlier version directly with the ring key: it verifies only where the caller says such
    /// records may exist (<paramref name="allowLegacy"/>, e.g. audit entries before the head's legacy boundary).
    /// </summary>
    public bool VerifyRecord(string purpose, string keyId, ReadOnlySpan<byte> data, string signature, bool allowLegacy = false)
    {
        if (!_signing.TryGetValue(keyId, out var ringKey))
        {
            return false;
        }

        if (signature.StartsWith(DerivedSignaturePrefix, StringComparison.Ordinal))
        {
            return MessageSecurityOptions.Decode(signature[DerivedSignaturePrefix.Length..]) is { } presented
                && CryptographicOperations.FixedTimeEquals(RecordMac(Derived(keyId, purpose), data), presented);
        }

        return allowLegacy && MessageSecurityOptions.Decode(signature) is { } legacy
            && CryptographicOperations.FixedTimeEquals(LegacyRecordMac(ringKey, purpose, data), legacy);
    }

    /// <summary>
    /// The key of <paramref name="purpose"/> derived from ring key <paramref name="keyId"/>: what an operator hands to
    /// a connected system for <see cref="KeyPurposes.Messages"/> (never the ring key itself).
    /// </summary>
    public byte[] DerivedKey(string keyId, string purpose) => (byte[])Derived(keyId, purpose).Clone();

    /// <summary>Encryptions made under the active key since the last call (summed across hosts by the audit trail's key-usage monitor).</summary>
    public long TakeEncryptionCount() => Interlocked.Exchange(ref _encryptions, 0);

    /// <summary>Gives back a count taken by <see cref="TakeEncryptionCount"/> that could not be stored.</summary>
    public void ReturnEncryptionCount(long count) => Interlocked.Add(ref _encryptions, count);

    /// <summary>Encrypts under the active key; <paramref name="associatedData"/> (e.g. the message id) is authenticated, not stored.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        Interlocked.Increment(ref _encryptions); // random 96-bit nonces: NIST SP 800-38D caps one key at 2^32 of them
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

    private byte[] Derived(string keyId, string purpose) =>
        _derived.GetOrAdd((keyId, purpose), static (k, ring) =>
            HKDF.DeriveKey(HashAlgorithmName.SHA256, ring[k.KeyId], 32, salt: [], info: Encoding.UTF8.GetBytes("compliancehub/key/" + k.Purpose)), _signing);

    private static byte[] RecordMac(byte[] key, ReadOnlySpan<byte> data) => HMACSHA256.HashData(key, data);

    private static byte[] LegacyRecordMac(byte[] key, string purpose, ReadOnlySpan<byte> data)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(purpose + "\n"));
        hmac.AppendData(data);
        return hmac.GetHashAndReset();
    }

    private static byte[] Mac(byte[] key, ReadOnlySpan<byte> body, long unixMilliseconds, MessageRoute route)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        Span<byte> stamp = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(stamp, unixMilliseconds);
        hmac.AppendData(stamp);
        // Length-prefixed, so no field can borrow bytes from the next one.
        Span<byte> length = stackalloc byte[4];
        foreach (var field in (ReadOnlySpan<string>)[route.Destination, route.MessageTypes, route.PartitionKey])
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hmac.AppendData(length);
            hmac.AppendData(bytes);
        }

        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
