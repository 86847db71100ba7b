using System.Text;
using System.Text.Json;
using ComplianceHub.Shared.Hosting;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// The Admin key an installation starts with (PRODUCT.md): from <c>Security:BootstrapAdminKey</c>, else from
/// <c>admin-key</c> in the data directory, else generated there (mode 0600) and printed once. Only its hash is kept.
/// With <see cref="LogFormat.Json"/> (containers, whose console is collected into log storage) the key is not printed:
/// one JSON line says where the file is.
/// </summary>
public sealed class BootstrapAdminKey
{
    public const string FileName = "admin-key";

    private BootstrapAdminKey(byte[] hash) => Hash = hash;

    public byte[] Hash { get; }

    public static BootstrapAdminKey Resolve(string? configuredKey, string dataDirectory, TextWriter console, LogFormat logFormat = LogFormat.Text)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return new(ApiKeyHash.Of(configuredKey.Trim()));
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return new(ApiKeyHash.Of(ReadExisting(path)));
        }

        Directory.CreateDirectory(dataDirectory);
        var key = ApiKeyHash.NewKey();
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, fileOptions);
            file.Write(Encoding.UTF8.GetBytes(key + "\n"));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host process on the same data directory created it first: use theirs.
            return new(ApiKeyHash.Of(ReadExisting(path)));
        }

        if (logFormat == LogFormat.Json)
        {
            // A container's console is its log stream: name the file, never the key (read it with `cat` in the container).
            console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["@t"] = TimeProvider.System.GetUtcNow().ToString("O"),
                ["@l"] = "Warning",
                ["@m"] = $"ComplianceHub generated an Admin API key; it is not logged. It is kept in {path} (mode 0600).",
                ["SourceContext"] = typeof(BootstrapAdminKey).FullName!,
                ["Application"] = "ComplianceHub",
            }));
            return new(ApiKeyHash.Of(key));
        }

        // Printed to the console, not the log pipeline: a secret must not travel to log storage.
        console.WriteLine($"""

            ComplianceHub generated an Admin API key. It is shown once; it is kept in {path} (mode 0600).
            Send it as the X-Api-Key header:  {key}

            """);
        return new(ApiKeyHash.Of(key));
    }

    /// <summary>
    /// The key in an existing file. A host that created the file a moment ago may not have written it yet: an empty
    /// file is read again for a while, never taken as the key.
    /// </summary>
    private static string ReadExisting(string path)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var key = File.ReadAllText(path).Trim();
            if (key.Length > 0)
            {
                return key;
            }

            Thread.Sleep(20);
        }

        throw new InvalidOperationException($"{path} is empty: delete it to have a new Admin key generated, or set Security:BootstrapAdminKey.");
    }
}
