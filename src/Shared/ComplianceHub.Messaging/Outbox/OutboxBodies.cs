using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// The stored form of an outbox row's body. A body may carry personal data and delivered rows are kept as evidence
/// for the retention window, so it is encrypted at rest (Art. 32(1)(a)): AES-256-GCM under the active key of the
/// ring, <c>ob1:</c> + base64 of the ring's envelope (which records the key id, so any key still listed opens it).
/// The row's message id is authenticated with it: a body copied into another row does not open. A body without the
/// prefix was stored before encryption (or by a writer that does not seal) and is read as it is.
/// </summary>
public static class OutboxBodies
{
    private const string Prefix = "ob1:";

    public static string Seal(MessageKeyRing keys, Guid messageId, string body) =>
        Prefix + Convert.ToBase64String(keys.Encrypt(Encoding.UTF8.GetBytes(body), Context(messageId)));

    /// <summary>The serialized body; throws <see cref="CryptographicException"/> when altered, moved, or its key is gone.</summary>
    public static string Open(MessageKeyRing keys, Guid messageId, string stored) =>
        IsSealed(stored)
            ? Encoding.UTF8.GetString(keys.Decrypt(Convert.FromBase64String(stored[Prefix.Length..]), Context(messageId)))
            : stored;

    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The key a stored body was sealed under (null: stored in clear): what to look for before a key is removed.</summary>
    public static string? KeyIdOf(string stored) =>
        IsSealed(stored) ? MessageKeyRing.KeyIdOf(Convert.FromBase64String(stored[Prefix.Length..])) : null;

    // Domain separation from message bodies on the wire, dead letters and personal-data columns.
    private static byte[] Context(Guid messageId) => Encoding.ASCII.GetBytes($"compliancehub/outbox/v1/{messageId:N}");
}
