namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>What a re-encryption pass did: values now under the active key, and values it could not open.</summary>
internal readonly record struct ReencryptionCounts(int Reencrypted, int Unreadable)
{
    public static ReencryptionCounts operator +(ReencryptionCounts a, ReencryptionCounts b) =>
        new(a.Reencrypted + b.Reencrypted, a.Unreadable + b.Unreadable);
}
