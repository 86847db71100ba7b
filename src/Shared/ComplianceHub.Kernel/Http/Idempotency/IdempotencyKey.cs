using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>The <c>Idempotency-Key</c> header: 1–255 printable ASCII characters, scoped to the caller that sent it.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>On a replay: the answer's fields that held a secret shown once, now null (comma-separated, e.g. <c>secret</c>).</summary>
    public const string RedactedHeader = "Idempotent-Replay-Redacted";
    public const int MaxLength = 255;

    /// <summary>True when the header holds exactly one acceptable key.</summary>
    public static bool TryRead(StringValues values, out string key)
    {
        key = values.Count == 1 ? values[0] ?? "" : "";
        return key.Length is > 0 and <= MaxLength && key.All(c => c is >= ' ' and <= '~') && !string.IsNullOrWhiteSpace(key);
    }

    /// <summary>
    /// What is stored instead of the key: SHA-256 over the caller and the key, so one caller's key never answers
    /// another caller, and a key (which may be anything a client chose) is never kept in clear.
    /// </summary>
    public static string Scope(string actorId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{actorId.Length}:{actorId}\n{key}")));
}
