using System.Text.RegularExpressions;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// Bound from <c>Security:Messages</c>: the keys that sign (HMAC-SHA256) and encrypt (AES-256-GCM) messages, by key
/// id. The active key signs and encrypts; every listed key still verifies and decrypts, so keys rotate by adding the
/// new one, making it active, and removing the old one once nothing it protected is left. With no keys configured a
/// development key ring is generated under the data directory.
/// </summary>
public sealed partial class MessageSecurityOptions : IValidatedOptions
{
    public const string Section = "Security:Messages";

    /// <summary>Key id → base64 key of at least 32 bytes.</summary>
    public Dictionary<string, string> SigningKeys { get; set; } = new(StringComparer.Ordinal);

    public string? ActiveSigningKey { get; set; }

    /// <summary>Key id → base64 key of exactly 32 bytes (AES-256).</summary>
    public Dictionary<string, string> EncryptionKeys { get; set; } = new(StringComparer.Ordinal);

    public string? ActiveEncryptionKey { get; set; }

    /// <summary>How old a signed message may be and still be accepted (a backlog after a long outage must pass).</summary>
    public TimeSpan SignatureWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How far in the future a timestamp may lie (clocks of two hosts differ).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often personal-data columns under an older key are re-encrypted under the active one (first pass a minute after start).</summary>
    public TimeSpan ReencryptionInterval { get; set; } = TimeSpan.FromHours(6);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            .. Ring($"{section}:SigningKeys", SigningKeys, $"{section}:ActiveSigningKey", ActiveSigningKey, minBytes: 32, maxBytes: 128),
            .. Ring($"{section}:EncryptionKeys", EncryptionKeys, $"{section}:ActiveEncryptionKey", ActiveEncryptionKey, minBytes: 32, maxBytes: 32),
            ConfigurationChecks.Positive($"{section}:SignatureWindow", SignatureWindow),
            ConfigurationChecks.Interval($"{section}:ReencryptionInterval", ReencryptionInterval),
            ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromHours(1) ? $"{section}:ClockSkew must be between 0 and 1 hour (was {ClockSkew})." : null,
        ];
        return errors.OfType<string>();
    }

    internal static byte[]? Decode(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    private static IEnumerable<string?> Ring(string keysKey, Dictionary<string, string> keys, string activeKey, string? active, int minBytes, int maxBytes)
    {
        if (keys.Count == 0)
        {
            yield return active is null ? null : $"{activeKey} names a key, but {keysKey} is empty.";
            yield break;
        }

        yield return string.IsNullOrWhiteSpace(active) ? $"{activeKey} is required when {keysKey} is set."
            : keys.ContainsKey(active) ? null : $"{activeKey} '{active}' is not one of {keysKey}.";
        foreach (var (id, value) in keys)
        {
            yield return KeyId().IsMatch(id) ? null : $"{keysKey}: key id '{id}' must be 1–64 letters, digits, '.', '_' or '-'.";
            var bytes = Decode(value);
            yield return bytes is not null && bytes.Length >= minBytes && bytes.Length <= maxBytes
                ? null
                : minBytes == maxBytes
                    ? $"{keysKey}:{id} must be base64 of exactly {minBytes} bytes."
                    : $"{keysKey}:{id} must be base64 of {minBytes} to {maxBytes} bytes.";
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyId();
}
