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
            return new(ApiKeyHash.Of(File.ReadAllText(path).Trim()));
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
            return new(ApiKeyHash.Of(File.ReadAllText(path).Trim()));
        }

        // Printed to the console, not the log pipeline: a secret must not travel to log storage.
        console.WriteLine($"""

            ComplianceHub generated an Admin API key. It is shown once; it is kept in {path} (mode 0600).
            Send it as the X-Api-Key header:  {key}

            """);
        return new(ApiKeyHash.Of(key));
    }
}
