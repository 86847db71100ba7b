using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.DataSubjectRequests.Subjects;

/// <summary>
/// Crypto-shredding (Art. 17): each request gets a random 256-bit key, stored wrapped by the host key ring (so key
/// rotation, the re-encryption job and the ring's protection apply to it); the subject's fields are AES-256-GCM under that key, each bound to
/// its request and field. Destroying the key row makes every copy of those ciphertexts unreadable.
/// </summary>
public sealed class SubjectVault(DataSubjectRequestsDbContext db, PersonalDataProtector protector)
{
    private const string Prefix = "sk1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>A new key for a request, added to the unit of work (wrapped); the caller saves.</summary>
    internal byte[] CreateKey(Guid requestId, DateTimeOffset now)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        db.SubjectKeys.Add(new SubjectKey { RequestId = requestId, WrappedKey = protector.Protect(Convert.ToBase64String(key), requestId, nameof(SubjectKey.WrappedKey)), CreatedAt = now });
        return key;
    }

    /// <summary>The request's key, or null once it was destroyed.</summary>
    internal async Task<byte[]?> KeyAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var wrapped = await db.SubjectKeys.AsNoTracking().Where(k => k.RequestId == requestId).Select(k => k.WrappedKey).SingleOrDefaultAsync(cancellationToken);
        return wrapped is null ? null : Convert.FromBase64String(protector.Unprotect(wrapped, requestId, nameof(SubjectKey.WrappedKey)));
    }

    /// <summary>Destroys the key (the caller saves): the subject's fields become unreadable (Art. 17).</summary>
    internal Task<int> DestroyAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.SubjectKeys.Where(k => k.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);

    internal static string? Protect(byte[] key, string? plaintext, Guid requestId, string field)
    {
        if (plaintext is null)
        {
            return null;
        }

        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceSize + TagSize + clear.Length];
        RandomNumberGenerator.Fill(sealedValue.AsSpan(0, NonceSize));
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(sealedValue.AsSpan(0, NonceSize), clear, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), FieldContext(requestId, field));
        return Prefix + Convert.ToBase64String(sealedValue);
    }

    /// <summary>The plaintext; throws <see cref="CryptographicException"/> when altered or moved to another request or field.</summary>
    internal static string? Unprotect(byte[] key, string? stored, Guid requestId, string field)
    {
        if (stored is null)
        {
            return null;
        }

        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Not a subject-key ciphertext.");
        }

        var sealedValue = Convert.FromBase64String(stored[Prefix.Length..]);
        var clear = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), clear, FieldContext(requestId, field));
        return Encoding.UTF8.GetString(clear);
    }

    private static byte[] FieldContext(Guid requestId, string field) => Encoding.UTF8.GetBytes($"compliancehub/dsr-subject/v1/{requestId:N}/{field}");
}
