namespace ComplianceHub.Shared.Tests.Identity;

public sealed class BootstrapAdminKeyTests
{
    private readonly string _dataDirectory = Path.Combine(Directory.CreateTempSubdirectory().FullName, "data");

    [Fact]
    public void When_no_key_is_configured_one_is_generated_printed_once_and_kept_private()
    {
        using var console = new StringWriter();

        var first = BootstrapAdminKey.Resolve(null, _dataDirectory, console);

        var path = Path.Combine(_dataDirectory, BootstrapAdminKey.FileName);
        var key = File.ReadAllText(path).Trim();
        Assert.StartsWith("chk_", key, StringComparison.Ordinal);
        Assert.Contains(key, console.ToString(), StringComparison.Ordinal);
        Assert.True(ApiKeyHash.Matches(key, first.Hash));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void When_logs_are_json_the_generated_key_is_kept_in_its_file_and_only_its_place_is_written()
    {
        using var console = new StringWriter();

        var resolved = BootstrapAdminKey.Resolve(null, _dataDirectory, console, LogFormat.Json);

        var path = Path.Combine(_dataDirectory, BootstrapAdminKey.FileName);
        var key = File.ReadAllText(path).Trim();
        Assert.True(ApiKeyHash.Matches(key, resolved.Hash));
        Assert.DoesNotContain(key, console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("chk_", console.ToString(), StringComparison.Ordinal);
        var line = Assert.Single(console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Contains(path, json.RootElement.GetProperty("@m").GetString(), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void When_the_key_file_exists_it_is_reused_and_not_printed_again()
    {
        var first = BootstrapAdminKey.Resolve(null, _dataDirectory, TextWriter.Null);
        using var console = new StringWriter();

        var second = BootstrapAdminKey.Resolve(null, _dataDirectory, console);

        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal("", console.ToString());
    }

    [Fact]
    public void When_a_key_is_configured_it_wins_and_no_file_is_written()
    {
        var configured = ApiKeyHash.NewKey();

        var resolved = BootstrapAdminKey.Resolve(configured, _dataDirectory, TextWriter.Null);

        Assert.True(ApiKeyHash.Matches(configured, resolved.Hash));
        Assert.False(File.Exists(Path.Combine(_dataDirectory, BootstrapAdminKey.FileName)));
    }

    [Fact]
    public void When_two_hosts_start_together_they_agree_on_one_key()
    {
        var keys = new BootstrapAdminKey[8];

        Parallel.For(0, keys.Length, i => keys[i] = BootstrapAdminKey.Resolve(null, _dataDirectory, TextWriter.Null));

        Assert.All(keys, k => Assert.Equal(keys[0].Hash, k.Hash));
    }

    [Fact]
    public async Task A_key_file_created_but_not_yet_written_is_read_once_its_creator_wrote_it()
    {
        Directory.CreateDirectory(_dataDirectory);
        var path = Path.Combine(_dataDirectory, BootstrapAdminKey.FileName);
        await File.WriteAllTextAsync(path, "");
        var key = ApiKeyHash.NewKey();
        // Its own thread, as another process would be: a starved thread pool (the test runner's parallel tests, a
        // loaded CI machine) once held a pooled writer past the reader's two seconds.
        var writer = Task.Factory.StartNew(() =>
        {
            Thread.Sleep(150);
            File.WriteAllText(path, key + "\n");
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var resolved = BootstrapAdminKey.Resolve(null, _dataDirectory, TextWriter.Null);
        await writer;

        Assert.True(ApiKeyHash.Matches(key, resolved.Hash));
    }
}
