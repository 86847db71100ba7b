using System.Text;

namespace ComplianceHub.Shared.Audit.Checkpoints;

/// <summary>
/// Where checkpoints are kept outside the database: one JSON line each, appended to
/// <c>audit-checkpoints.jsonl</c> in <see cref="AuditOptions.CheckpointDirectory"/> (0600, directory 0700; the file is
/// only ever opened to append). Optionally each one is also posted to <see cref="AuditOptions.CheckpointWebhookUrl"/>,
/// a receiver the database's administrators do not control.
/// </summary>
public sealed class AuditCheckpointSink(AuditCheckpointLocation location, IHttpClientFactory http, AuditOptions options, ILogger<AuditCheckpointSink> logger)
{
    public const string FileName = "audit-checkpoints.jsonl";
    internal const string HttpClientName = "audit-checkpoints";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _file = new(1, 1);

    public string FilePath => Path.Combine(location.Directory, FileName);

    public async Task WriteAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(checkpoint, Json) + "\n";
        await _file.WaitAsync(cancellationToken);
        try
        {
            if (!Directory.Exists(location.Directory))
            {
                Directory.CreateDirectory(location.Directory);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(location.Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            var created = !File.Exists(FilePath);
            await using (var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            if (created && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        finally
        {
            _file.Release();
        }

        if (options.CheckpointWebhookUrl is { } url)
        {
            await PostAsync(url, line, checkpoint, cancellationToken);
        }
    }

    /// <summary>The newest checkpoint in the file (the highest sequence), or null when none was written.</summary>
    public async Task<AuditCheckpoint?> LatestAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        AuditCheckpoint? latest = null;
        using var reader = new StreamReader(new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(line, Json);
                latest = checkpoint is not null && (latest is null || checkpoint.Sequence >= latest.Sequence) ? checkpoint : latest;
            }
            catch (JsonException)
            {
                logger.LogWarning("A line of {File} is not a checkpoint; ignored", FileName); // a torn last write
            }
        }

        return latest;
    }

    private async Task PostAsync(Uri url, string line, AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(line, Encoding.UTF8, "application/json");
            using var response = await http.CreateClient(HttpClientName).PostAsync(url, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Audit checkpoint {Sequence} refused by the checkpoint receiver {Host}: {Status}", checkpoint.Sequence, url.Host, (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The file holds it; the next checkpoint covers everything before it.
            logger.LogWarning("Audit checkpoint {Sequence} not delivered to {Host}: {Error}", checkpoint.Sequence, url.Host, ex.GetType().Name);
        }
    }
}
