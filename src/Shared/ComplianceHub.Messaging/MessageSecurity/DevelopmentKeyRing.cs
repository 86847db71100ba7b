using System.Security.Cryptography;
using System.Text.Json;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// The key ring of the embedded default: generated once into <c>message-keys.json</c> in the data directory (mode
/// 0600) and read back on every start, so messages signed or encrypted before a restart stay readable.
/// For development only: production keys come from configuration (<c>Security:Messages</c>).
/// </summary>
internal static class DevelopmentKeyRing
{
    public const string FileName = "message-keys.json";

    public static KeyFile LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(dataDirectory);
        var id = "dev-" + DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var created = new KeyFile(
            id, new Dictionary<string, string> { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            id, new Dictionary<string, string> { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, options);
            JsonSerializer.Serialize(file, created);
            return created;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host process on the same data directory wrote it first: use theirs.
            Thread.Sleep(100);
            return Read(path);
        }
    }

    private static KeyFile Read(string path) =>
        JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");

    internal sealed record KeyFile(
        string ActiveSigningKey, Dictionary<string, string> SigningKeys, string ActiveEncryptionKey, Dictionary<string, string> EncryptionKeys);
}
