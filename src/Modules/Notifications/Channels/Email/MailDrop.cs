using MimeKit;

namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>The embedded mode: each message becomes one .eml file under <c>&lt;Storage:DataDirectory&gt;/mail</c>.</summary>
internal sealed class MailDrop(string directory)
{
    // Alerts carry personal data: only the host's own user reads them (like ./data/admin-key).
    private static readonly FileStreamOptions Options = CreateOptions();

    public string Directory { get; } = directory;

    public async Task WriteAsync(MimeMessage email, Guid deliveryId, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{deliveryId:N}.eml");
        var partial = path + ".partial";

        // Written aside and moved: a reader never sees half a message, and a repeat of the same delivery replaces it.
        await using (var file = new FileStream(partial, Options))
        {
            await email.WriteToAsync(file, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
