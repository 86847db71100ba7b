namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>Signs and checks checkpoints under the audit-checkpoint key (a purpose of its own: ADR 0008).</summary>
internal static class AuditCheckpointSignature
{
    public static AuditCheckpoint Sign(long sequence, string hash, DateTimeOffset at, MessageKeyRing keys)
    {
        var whole = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var (keyId, signature) = keys.SignRecord(KeyPurposes.AuditCheckpoints, Data(sequence, hash, whole));
        return new AuditCheckpoint { Sequence = sequence, Hash = hash, At = whole, KeyId = keyId, Signature = signature };
    }

    public static bool IsValid(AuditCheckpoint checkpoint, MessageKeyRing keys) =>
        checkpoint.Sequence >= 0 && checkpoint.Hash is { Length: 64 } && checkpoint.KeyId is { Length: > 0 } && checkpoint.Signature is { Length: > 0 }
        && keys.VerifyRecord(KeyPurposes.AuditCheckpoints, checkpoint.KeyId, Data(checkpoint.Sequence, checkpoint.Hash, checkpoint.At), checkpoint.Signature);

    private static byte[] Data(long sequence, string hash, DateTimeOffset at) =>
        JsonSerializer.SerializeToUtf8Bytes(new object[] { sequence, hash, at.ToUnixTimeMilliseconds() });
}
