using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Testing.Keys;

/// <summary>
/// A record signature as versions before per-purpose keys made it: HMAC-SHA256 directly under the ring key, over the
/// purpose, a newline and the data, base64 (no <c>v2:</c> prefix). What stored records of that time carry.
/// </summary>
public static class LegacyRecordSignature
{
    public static string Of(byte[] ringKey, string purpose, byte[] data)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, ringKey);
        hmac.AppendData(Encoding.UTF8.GetBytes(purpose + "\n"));
        hmac.AppendData(data);
        return Convert.ToBase64String(hmac.GetHashAndReset());
    }
}
