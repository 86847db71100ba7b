using System.Globalization;
using ComplianceHub.Bench;
using ComplianceHub.Testing;
using Npgsql;

// dotnet run -c Release --project bench/ComplianceHub.Bench -- [--warmup 5000] [--messages 20000] [--rate 500] [--seconds 10]
//   [--writers 32] [--window 100] [--consumers 48] [--transport RabbitMq|InMemory] [--postgres "Host=127.0.0.1;Port=5432;Username=postgres"] [--rabbit amqp://guest:guest@127.0.0.1:5672/]
//   [--paths abc] [--no-write] [--progress]
// Without --postgres / --rabbit it starts throwaway PostgreSQL 15 and RabbitMQ 3.10 nodes on loopback (Debian packages).
// dotnet run -c Release --project bench/ComplianceHub.Bench -- --outbox-bodies: the per-row cost of sealing outbox bodies, no servers.
// dotnet run -c Release --project bench/ComplianceHub.Bench -- --report-log [--rows 1000000] [--postgres "..."] [--no-write]:
//   a Data Subject Request Log over that many request-log rows (issue 8 point 5); starts a throwaway PostgreSQL unless given one.
if (args.Contains("--report-log"))
{
    var rowsArgument = args.SkipWhile(a => a != "--rows").Skip(1).FirstOrDefault();
    await ReportLogBenchmark.RunAsync(
        rowsArgument is null ? 1_000_000 : int.Parse(rowsArgument, CultureInfo.InvariantCulture),
        args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault(),
        write: !args.Contains("--no-write"),
        args);
    return;
}

if (args.Contains("--outbox-bodies"))
{
    OutboxBodyCost.Run(200_000);
    return;
}

var options = BenchOptions.Parse(args);
await using var servers = await BenchServers.StartAsync(options);

// dotnet run -c Release --project bench/ComplianceHub.Bench -- --security [--warmup 5000] [--messages 40000] [--rate 2000] [--seconds 20] [--sources 8] [--batch 500] [--paced-batch 50] [--setting Key=Value]...
if (args.Contains("--security"))
{
    string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    int Int(string name, int fallback) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
    var hostSettings = await servers.HostSettingsAsync(options.Consumers, options.Transport);
    hostSettings.AddRange(args.Select((a, i) => (a, i)).Where(x => x.a == "--setting").Select(x => args[x.i + 1])); // e.g. --setting Audit:MessageEvents=false
    var connection = hostSettings.First(s => s.StartsWith("ConnectionStrings:ComplianceHub=", StringComparison.Ordinal)).Split('=', 2)[1];
    var sources = Int("--sources", 8);
    var batch = Int("--batch", 500);
    var pacedBatch = Int("--paced-batch", Math.Max(1, options.Rate / 10 / sources)); // default: one batch per source every 100 ms
    Console.WriteLine($"(security) {options.Messages} events at saturation from {sources} sources in batches of {batch}, then {options.Rate} events/s for {options.Seconds} s in batches of {pacedBatch}");
    var securityBench = new SecurityIngestionBenchmark(hostSettings, connection, sources, batch, pacedBatch);
    var security = await securityBench.RunAsync(options.Warmup, options.Messages, options.Rate, TimeSpan.FromSeconds(options.Seconds));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    {security.Throughput:F0} events/s to decision; at {options.Rate} events/s: p50 {security.P50:F0} ms, p99 {security.P99:F0} ms; {security.Alerts} alerts raised; {securityBench.Retries} submissions retried after a 5xx"));
    return;
}

var raw = (Throughput: double.NaN, P50: double.NaN, P99: double.NaN);
var full = raw;
var floor = (Produce: double.NaN, Full: double.NaN);
if (options.Paths.Contains('a', StringComparison.Ordinal))
{
    Console.WriteLine($"(a) raw RabbitMQ.Client: {options.Messages} messages at saturation, then {options.Rate} msg/s for {options.Seconds} s");
    raw = await new RawRabbitBenchmark(servers.AmqpUri, options.Window).RunAsync(options.Warmup, options.Messages, options.Rate, TimeSpan.FromSeconds(options.Seconds));
    Console.WriteLine($"    {raw.Throughput:F0} msg/s; p50 {raw.P50:F2} ms, p99 {raw.P99:F2} ms at {options.Rate} msg/s");
}

if (options.Paths.Contains('b', StringComparison.Ordinal))
{
    Console.WriteLine($"(b) ComplianceHub full path: outbox → dispatch → RabbitMQ → inbox → effect, {options.Writers} writers");
    full = await new FullPathBenchmark(await servers.HostSettingsAsync(options.Consumers, options.Transport), options.Writers, options.Progress)
        .RunAsync(options.Warmup, options.Messages, options.Rate, TimeSpan.FromSeconds(options.Seconds));
    Console.WriteLine($"    {full.Throughput:F0} msg/s; p50 {full.P50:F2} ms, p99 {full.P99:F2} ms at {options.Rate} msg/s");
}

if (options.Paths.Contains('c', StringComparison.Ordinal))
{
    Console.WriteLine("(c) reference: the database work of (b) alone (raw Npgsql; no broker, EF Core or MassTransit)");
    floor = await new DatabaseFloorBenchmark(await servers.CreateDatabaseAsync(), options.Writers, options.Consumers).RunAsync(options.Warmup, options.Messages);
    Console.WriteLine($"    producers' transactions alone {floor.Produce:F0} msg/s; whole path {floor.Full:F0} msg/s");
}

var ratio = full.Throughput / raw.Throughput;
var report = BenchReport.Render(options, raw, full, floor, ratio, args);
if (!options.NoWrite && options.AllPaths)
{
    var path = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md");
    await BenchReport.WriteSectionAsync(path, "messaging", report);
    Console.WriteLine($"written to {path}");
}

Console.WriteLine(report);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio={ratio:F2}"));

/// <summary>Command-line options of the benchmark.</summary>
internal sealed record BenchOptions(
    string Paths, int Warmup, int Messages, int Rate, int Seconds, int Writers, int Window, int Consumers, string? Postgres, string? Rabbit, string Transport, bool NoWrite, bool Progress)
{
    /// <summary>Which paths run: a, b, c (all by default). docs/benchmarks.md is written only when all three ran.</summary>
    public bool AllPaths => Paths.Contains('a', StringComparison.Ordinal) && Paths.Contains('b', StringComparison.Ordinal) && Paths.Contains('c', StringComparison.Ordinal);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchOptions(
            Value("--paths") ?? "abc", Number("--warmup", 5_000), Number("--messages", 20_000), Number("--rate", 500), Number("--seconds", 10), Number("--writers", 32), Number("--window", 100),
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
        var connectionString = await CreateDatabaseAsync();
        var userInfo = AmqpUri.UserInfo.Split(':');
        return
        [
            "Database:Provider=PostgreSql",
            $"ConnectionStrings:ComplianceHub={connectionString}",
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

    /// <summary>A database of its own for one benchmark, created for this run.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var database = "bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(_postgresAdmin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = database, MaxPoolSize = 90 }.ToString();
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
