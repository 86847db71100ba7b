using System.Globalization;
using ComplianceHub.Bench;
using ComplianceHub.Testing;
using Npgsql;

// dotnet run -c Release --project bench/ComplianceHub.Bench -- [--messages 20000] [--rate 500] [--seconds 10]
//   [--writers 32] [--window 100] [--consumers 48] [--transport RabbitMq|InMemory] [--postgres "Host=127.0.0.1;Port=5432;Username=postgres"] [--rabbit amqp://guest:guest@127.0.0.1:5672/]
//   [--no-write] [--progress]
// Without --postgres / --rabbit it starts throwaway PostgreSQL 15 and RabbitMQ 3.10 nodes on loopback (Debian packages).
var options = BenchOptions.Parse(args);
await using var servers = await BenchServers.StartAsync(options);

Console.WriteLine($"(a) raw RabbitMQ.Client: {options.Messages} messages at saturation, then {options.Rate} msg/s for {options.Seconds} s");
var raw = await new RawRabbitBenchmark(servers.AmqpUri, options.Window).RunAsync(options.Messages, options.Rate, TimeSpan.FromSeconds(options.Seconds));
Console.WriteLine($"    {raw.Throughput:F0} msg/s; p50 {raw.P50:F2} ms, p99 {raw.P99:F2} ms at {options.Rate} msg/s");

Console.WriteLine($"(b) ComplianceHub full path: outbox → dispatch → RabbitMQ → inbox → effect, {options.Writers} writers");
var full = await new FullPathBenchmark(await servers.HostSettingsAsync(options.Consumers, options.Transport), options.Writers, options.Progress)
    .RunAsync(options.Messages, options.Rate, TimeSpan.FromSeconds(options.Seconds));
Console.WriteLine($"    {full.Throughput:F0} msg/s; p50 {full.P50:F2} ms, p99 {full.P99:F2} ms at {options.Rate} msg/s");

var ratio = full.Throughput / raw.Throughput;
var report = BenchReport.Render(options, raw, full, ratio, args);
if (!options.NoWrite)
{
    var path = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");
    await BenchReport.WriteSectionAsync(path, "messaging", report);
    Console.WriteLine($"written to {path}");
}

Console.WriteLine(report);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio={ratio:F2}"));

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record BenchOptions(
    int Messages, int Rate, int Seconds, int Writers, int Window, int Consumers, string? Postgres, string? Rabbit, string Transport, bool NoWrite, bool Progress)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            Number("--messages", 20_000), Number("--rate", 500), Number("--seconds", 10), Number("--writers", 32), Number("--window", 100),
            Number("--consumers", 48),
            Value("--postgres"), Value("--rabbit"), Value("--transport") ?? "RabbitMq", args.Contains("--no-write"), args.Contains("--progress"));
    }
}

/// <summary>The servers a run uses: given ones, or throwaway nodes it starts and removes.</summary>
internal sealed class BenchServers : IAsyncDisposable
{
    private PostgresServer? _postgres;
    private RabbitMqServer? _rabbit;
    private string _postgresAdmin = "";

    public Uri AmqpUri { get; private set; } = null!;

    public static async Task<BenchServers> StartAsync(BenchOptions options)
    {
        var servers = new BenchServers();
        if (options.Postgres is null)
        {
            servers._postgres = await PostgresServer.StartAsync();
            servers._postgresAdmin = servers._postgres.ConnectionString("postgres");
        }
        else
        {
            servers._postgresAdmin = options.Postgres;
        }

        if (options.Rabbit is null)
        {
            servers._rabbit = await RabbitMqServer.StartAsync();
            servers.AmqpUri = new Uri($"amqp://guest:guest@127.0.0.1:{servers._rabbit.Port}/");
        }
        else
        {
            servers.AmqpUri = new Uri(options.Rabbit);
        }

        return servers;
    }

    /// <summary>Host settings on a database of its own, created for this run.</summary>
    /// <param name="transport">RabbitMq, or InMemory to take the broker out of the full path (isolates database and host costs).</param>
    public async Task<List<string>> HostSettingsAsync(int consumers, string transport)
    {
        var database = "bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(_postgresAdmin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var userInfo = AmqpUri.UserInfo.Split(':');
        return
        [
            "Database:Provider=PostgreSql",
            $"ConnectionStrings:ComplianceHub={new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = database, MaxPoolSize = 90 }}",
            "Database:MigrateOnStartup=false",
            $"Messaging:Transport={transport}",
            $"Messaging:RabbitMq:Host={AmqpUri.Host}",
            $"Messaging:RabbitMq:Port={AmqpUri.Port}",
            $"Messaging:RabbitMq:Username={Uri.UnescapeDataString(userInfo[0])}",
            $"Messaging:RabbitMq:Password={Uri.UnescapeDataString(userInfo.ElementAtOrDefault(1) ?? "")}",
            "Messaging:PrefetchCount=128",
            $"Messaging:Endpoints:bench-ping:ConcurrentMessageLimit={consumers}",
            $"Storage:DataDirectory={Directory.CreateTempSubdirectory("ch-bench-").FullName}",
            "Security:BootstrapAdminKey=benchmark-admin-key-0123456789abcdef",
            "Urls=http://127.0.0.1:0",
            "Serilog:MinimumLevel:Default=Warning",
        ];
    }

    public async ValueTask DisposeAsync()
    {
        if (_rabbit is not null)
        {
            await _rabbit.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
