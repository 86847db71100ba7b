using System.Text;

namespace ComplianceHub.Shared.Identity;

/// <summary>
/// The Admin key an installation starts with (PRODUCT.md): from <c>Security:BootstrapAdminKey</c>, else from
/// <c>admin-key</c> in the data directory, else generated there (mode 0600) and printed once. Only its hash is kept.
/// </summary>
public sealed class BootstrapAdminKey
{
    public const string FileName = "admin-key";

    private BootstrapAdminKey(byte[] hash) => Hash = hash;

    public byte[] Hash { get; }

    public static BootstrapAdminKey Resolve(string? configuredKey, string dataDirectory, TextWriter console)
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
