using System.Text;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Encrypts personal-data columns at rest (AES-256-GCM under the active key of the ring; older keys still decrypt).
/// Each value is bound to its record and field, so a ciphertext copied to another row or column does not decrypt.
/// Stored as <c>pd1:</c> + base64; a value without the prefix predates encryption and is returned as it is.
/// </summary>
public sealed class PersonalDataProtector(MessageKeyRing keys)
{
    private const string Prefix = "pd1:";

    public string Protect(string plaintext, Guid recordId, string field) =>
        Prefix + Convert.ToBase64String(keys.Encrypt(Encoding.UTF8.GetBytes(plaintext), Context(recordId, field)));

    public string? ProtectOptional(string? plaintext, Guid recordId, string field) =>
        plaintext is null ? null : Protect(plaintext, recordId, field);

    /// <summary>The plaintext; throws <see cref="System.Security.Cryptography.CryptographicException"/> when altered, moved, or its key is gone.</summary>
    public string Unprotect(string stored, Guid recordId, string field) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(keys.Decrypt(Convert.FromBase64String(stored[Prefix.Length..]), Context(recordId, field)))
            : stored;

    public string? UnprotectOptional(string? stored, Guid recordId, string field) =>
        stored is null ? null : Unprotect(stored, recordId, field);

    /// <summary>The key a stored value was encrypted under (null when it is not encrypted): what a re-encryption pass looks for.</summary>
    public static string? KeyIdOf(string stored) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal) ? MessageKeyRing.KeyIdOf(Convert.FromBase64String(stored[Prefix.Length..])) : null;

    private static byte[] Context(Guid recordId, string field) => Encoding.UTF8.GetBytes($"compliancehub/personal-data/v1/{recordId:N}/{field}");
}
