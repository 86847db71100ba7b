using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Encrypts personal-data columns at rest (AES-256-GCM under the active key of the ring; older keys still decrypt).
/// Each value is bound to its record and field, so a ciphertext copied to another row or column does not decrypt.
/// Stored as <c>pd1:</c> + base64. Reading fails closed (Art. 32(1)(a), 5(1)(f)): a value that is not ciphertext under a
/// listed key (plaintext written around the application, altered, moved, or its key gone) throws
/// <see cref="UnreadablePersonalDataException"/> and is logged by field and record id, never by value.
/// </summary>
public sealed class PersonalDataProtector(MessageKeyRing keys, ILogger<PersonalDataProtector>? logger = null)
{
    private const string Prefix = "pd1:";

    private readonly ILogger _logger = logger ?? NullLogger<PersonalDataProtector>.Instance;

    public string Protect(string plaintext, Guid recordId, string field) =>
        Prefix + Convert.ToBase64String(keys.Encrypt(Encoding.UTF8.GetBytes(plaintext), Context(recordId, field)));

    public string? ProtectOptional(string? plaintext, Guid recordId, string field) =>
        plaintext is null ? null : Protect(plaintext, recordId, field);

    /// <summary>The plaintext; throws <see cref="UnreadablePersonalDataException"/> when not encrypted, altered, moved, or its key is gone.</summary>
    public string Unprotect(string stored, Guid recordId, string field)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw Refuse(recordId, field, "not encrypted", inner: null);
        }

        try
        {
            return Encoding.UTF8.GetString(keys.Decrypt(Convert.FromBase64String(stored[Prefix.Length..]), Context(recordId, field)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw Refuse(recordId, field, "not ciphertext under a known key", ex);
        }
    }

    public string? UnprotectOptional(string? stored, Guid recordId, string field) =>
        stored is null ? null : Unprotect(stored, recordId, field);

    /// <summary>The key a stored value was encrypted under (null when it is not encrypted): what a re-encryption pass looks for.</summary>
    public static string? KeyIdOf(string stored) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal) ? MessageKeyRing.KeyIdOf(Convert.FromBase64String(stored[Prefix.Length..])) : null;

    private UnreadablePersonalDataException Refuse(Guid recordId, string field, string reason, Exception? inner)
    {
        // A security event (Art. 32(1)(d)): somebody wrote around the application, or a key left the ring too early.
        _logger.LogWarning(
            "Personal-data field {Field} of record {RecordId} refused: {Reason}; its value is not used", field, recordId, reason);
        return new UnreadablePersonalDataException(recordId, field, reason, inner);
    }

    private static byte[] Context(Guid recordId, string field) => Encoding.UTF8.GetBytes($"compliancehub/personal-data/v1/{recordId:N}/{field}");
}
