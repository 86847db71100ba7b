using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ComplianceHub.Bench;

internal static class BenchReport
{
    public static string Render(
        BenchOptions options, (double Throughput, double P50, double P99) raw, (double Throughput, double P50, double P99) full, (double Produce, double Full) floor, double ratio, string[] args)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memoryGiB = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memoryGiB:F0} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.");
        var arguments = string.Join(' ', args.Where(a => a != "--no-write"));
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/ComplianceHub.Bench -- {arguments}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"Servers: PostgreSQL 15 and RabbitMQ 3.10 on loopback, quorum queues, persistent 1 KB messages, publisher confirms. Each path first runs {options.Warmup} warm-up messages (not measured). Saturation: {options.Messages} messages ({options.Writers} concurrent single-message transactions for (b), {options.Window} publishes in flight for (a)); then latency at {options.Rate} msg/s for {options.Seconds} s, produce → effect committed and acknowledged.");
        text.AppendLine();
        text.AppendLine("| path | msg/s at saturation | p50 at fixed rate | p99 at fixed rate |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| (a) raw RabbitMQ.Client publish + manual-ack consume | {raw.Throughput:F0} | {raw.P50:F1} ms | {raw.P99:F1} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| (b) outbox row → dispatch → RabbitMQ → inbox → effect row | {full.Throughput:F0} | {full.P50:F1} ms | {full.P99:F1} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| (c) reference: the database work of (b) alone, raw Npgsql, no broker | {floor.Full:F0} | – | – |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| (c′) of which the producers' one-row transactions alone | {floor.Produce:F0} | – | – |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"ratio = {ratio:F2} (b/a throughput)");
        return text.ToString();
    }

    /// <summary>Replaces one benchmark's section of docs/benchmarks.md, keeping the others.</summary>
    public static async Task WriteSectionAsync(string path, string name, string body)
    {
        var begin = $"<!-- bench:{name}:begin -->";
        var end = $"<!-- bench:{name}:end -->";
        var section = $"{begin}\n{body}{end}";
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n\nResults of `bench/`, newest run per benchmark. Targets are in the issues; these are measurements, not tests.\n\n## Messaging: raw RabbitMQ vs the full durable path\n\n";
        var start = existing.IndexOf(begin, StringComparison.Ordinal);
        var stop = existing.IndexOf(end, StringComparison.Ordinal);
        var updated = start >= 0 && stop > start
            ? existing[..start] + section + existing[(stop + end.Length)..]
            : existing.TrimEnd() + "\n\n" + section + "\n";
        await File.WriteAllTextAsync(path, updated);
    }
}
