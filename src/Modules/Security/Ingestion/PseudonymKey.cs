using System.Security.Cryptography;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Security.Ingestion;

/// <summary>
/// The HMAC key of principals' pseudonyms, of its own so that rotating the message keys changes no pseudonym:
/// <c>Modules:Security:PseudonymKey</c>, or in the embedded mode one generated once into
/// <c>security-pseudonym.key</c> in the data directory (mode 0600) and read back on every start (ADR 0016).
/// </summary>
internal sealed class PseudonymKey
{
    public const string FileName = "security-pseudonym.key";

    private PseudonymKey(byte[] bytes, string? generatedFile)
    {
        Bytes = bytes;
        GeneratedFile = generatedFile;
    }

    public byte[] Bytes { get; }

    /// <summary>Where the generated key is kept; null when it is configured.</summary>
    public string? GeneratedFile { get; }

    /// <summary>
    /// The configured key; else, while the message keys are the generated development ring too, the generated one.
    /// With configured message keys (several hosts, production) a key of one host's own would give one principal
    /// several pseudonyms: refused at start (ADR 0003).
    /// </summary>
    public static PseudonymKey Resolve(SecurityMonitoringOptions options, MessageSecurityOptions messages, string dataDirectory)
    {
        if (options.PseudonymKeyBytes() is { } configured)
        {
            return new PseudonymKey(configured, null);
        }

        if (messages.SigningKeys.Count > 0)
        {
            throw new InvalidConfigurationException(
            [
                $"{SecurityMonitoringOptions.Section}:PseudonymKey is required when {MessageSecurityOptions.Section} keys are configured: "
                + "every host must compute the same pseudonyms (base64 of 32 to 128 random bytes; to keep the pseudonyms made so far, "
                + "the value of the signing key that was active).",
            ]);
        }

        var path = Path.Combine(dataDirectory, FileName);
        return new PseudonymKey(LoadOrCreate(path), path);
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(path, options))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(Convert.ToBase64String(key));
            }

            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Read(path); // another host process on the same data directory created it first: use theirs
        }
    }

    /// <summary>A file another process created but has not written yet is read again, never taken as a short key.</summary>
    private static byte[] Read(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            var buffer = new byte[text.Length];
            if (Convert.TryFromBase64String(text, buffer, out var written) && written >= 32)
            {
                return buffer[..written];
            }

            if (attempt == 50)
            {
                throw new InvalidDataException($"{path} does not hold a pseudonym key (base64 of at least 32 bytes).");
            }

            Thread.Sleep(100);
        }
    }
}
