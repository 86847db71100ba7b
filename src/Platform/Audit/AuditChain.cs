using System.Security.Cryptography;

namespace ComplianceHub.Shared.Audit;

/// <summary>The canonical form of an entry, its hash and its signature: one definition for appending and for verifying.</summary>
internal static class AuditChain
{
    public const string Purpose = KeyPurposes.AuditEntries;

    /// <summary>What the first entry points back to.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(AuditEntry entry)
    {
        // A JSON array is unambiguous (no separator can be forged inside a field) and stable across runtimes. The
        // organisation is appended only when there is one, so entries written before it existed keep their hashes.
        var fields = new List<object?>
        {
            entry.Sequence,
            entry.Id,
            entry.At.ToUnixTimeMilliseconds(),
            entry.Type,
            entry.Actor,
            entry.Subject,
            entry.Data,
            entry.Reason is null ? null : Convert.ToBase64String(entry.Reason),
            entry.PreviousHash,
        };
        if (entry.OrganizationId is { } organization)
        {
            fields.Add(organization);
        }

        var canonical = JsonSerializer.SerializeToUtf8Bytes(fields);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    public static void Seal(AuditEntry entry, MessageKeyRing keys)
    {
        entry.Hash = HashOf(entry);
        (entry.KeyId, entry.Signature) = keys.SignRecord(Purpose, Convert.FromHexString(entry.Hash));
    }

    /// <summary>Signs the head as it is now: call after every change to it, before it is saved.</summary>
    public static void SealHead(AuditChainHead head, MessageKeyRing keys) =>
        (head.KeyId, head.Signature) = keys.SignRecord(KeyPurposes.AuditHead, HeadData(head));

    /// <summary>True when the head carries a valid signature over what it says.</summary>
    public static bool HeadIsSigned(AuditChainHead head, MessageKeyRing keys) =>
        head.Signature.Length > 0 && keys.VerifyRecord(KeyPurposes.AuditHead, head.KeyId, HeadData(head), head.Signature);

    private static byte[] HeadData(AuditChainHead head) => JsonSerializer.SerializeToUtf8Bytes(new object[]
    {
        head.Id, head.Sequence, head.Hash, head.AnchorSequence, head.AnchorHash, head.LegacySignaturesUntil,
    });

    /// <summary>Null when the entry is intact and follows <paramref name="previous"/>; else what is wrong.</summary>
    public static string? Check(AuditEntry entry, long expectedSequence, string previousHash, MessageKeyRing keys, long legacySignaturesUntil)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"expected entry {expectedSequence}, found {entry.Sequence}: entries were deleted or renumbered";
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return "does not follow the previous entry: entries were deleted, inserted or reordered";
        }

        var hash = HashOf(entry);
        if (!string.Equals(entry.Hash, hash, StringComparison.Ordinal))
        {
            return "its content does not match its hash: the entry was altered";
        }

        // A signature made directly with the ring key (before keys were derived per purpose) is accepted only where the
        // signed head says such entries end: anyone holding the message key could make one.
        return keys.VerifyRecord(Purpose, entry.KeyId, Convert.FromHexString(hash), entry.Signature, allowLegacy: entry.Sequence <= legacySignaturesUntil)
            ? null
            : $"its signature does not verify under key '{entry.KeyId}': the chain was rewritten without the key";
    }
}
