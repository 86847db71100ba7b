using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Shared.Identity;

/// <summary>Keys are kept only as SHA-256 digests (high-entropy secrets need no slow hash) and compared in constant time.</summary>
public static class ApiKeyHash
{
    public static byte[] Of(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string presented, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Of(presented), expectedHash);

    /// <summary>A new key: a recognisable prefix and 256 random bits, URL-safe.</summary>
    public static string NewKey() =>
        "chk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
