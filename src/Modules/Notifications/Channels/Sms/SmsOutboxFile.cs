using System.Text.Json;
using ComplianceHub.Shared.Hosting;

namespace ComplianceHub.Notifications.Channels.Sms;

/// <summary>The embedded default: one JSON line per message in <c>&lt;Storage:DataDirectory&gt;/sms/outbox.jsonl</c>.</summary>
internal sealed class SmsOutboxFile(StorageOptions storage, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path { get; } = System.IO.Path.Combine(storage.DataDirectoryFullPath, "sms", "outbox.jsonl");

    public async Task<string> AppendAsync(ChannelMessage message, string from, string text, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new
        {
            at = clock.GetUtcNow(),
            deliveryId = message.DeliveryId,
            alertId = message.AlertId,
            idempotencyKey = message.IdempotencyKey,
            to = message.Recipient.Phone,
            from,
            text,
        }) + "\n";

        await _gate.WaitAsync(cancellationToken);
        try
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // phone numbers: owner only
            }

            await using var stream = new FileStream(Path, options);
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(line.AsMemory(), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        return message.DeliveryId.ToString();
    }
}
