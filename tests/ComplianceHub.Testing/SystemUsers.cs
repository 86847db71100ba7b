namespace ComplianceHub.Testing;

/// <summary>Server binaries refuse to run as root or re-execute as their own user; directories must be theirs.</summary>
internal static class SystemUsers
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task GiveAsync(string path, string user)
    {
        if (IsRoot)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{user}:{user}", path]);
        }
    }

    /// <summary>Runs a command as <paramref name="user"/> when we are root, else as ourselves.</summary>
    public static (string FileName, List<string> Arguments) As(string user, string fileName, params string[] arguments) =>
        IsRoot ? ("runuser", ["-u", user, "--", fileName, .. arguments]) : (fileName, [.. arguments]);
}
