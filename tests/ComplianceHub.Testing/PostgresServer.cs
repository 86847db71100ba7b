using Npgsql;

namespace ComplianceHub.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port (Debian package <c>postgresql</c>), in a
/// temporary directory that is deleted on dispose. See ../shared/notes/test-servers.md.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _root;

    private PostgresServer(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public bool IsRunning { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({Bin}/initdb missing). Run the README's test command, which installs it.");
        }

        var root = Directory.CreateTempSubdirectory("ch-pg-").FullName;
        var server = new PostgresServer(root, FreePort.Next());
        await SystemUsers.GiveAsync(root, "postgres");
        var (initdb, args) = SystemUsers.As("postgres", Path.Combine(Bin, "initdb"), "-D", server.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8");
        await ProcessRunner.RunCheckedAsync(initdb, args);
        await server.StartAgainAsync();
        return server;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    /// <summary>Creates an empty database (one per test host keeps tests independent).</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task StartAgainAsync()
    {
        var (pgCtl, args) = SystemUsers.As("postgres", Path.Combine(Bin, "pg_ctl"),
            "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=200", "start");
        await ProcessRunner.RunCheckedAsync(pgCtl, args);
        IsRunning = true;
        NpgsqlConnection.ClearAllPools(); // connections pooled in this process died with the previous server

    }

    /// <summary>Stops the server: <paramref name="crash"/> = immediate mode, as if the machine lost power.</summary>
    public async Task StopAsync(bool crash = false)
    {
        var (pgCtl, args) = SystemUsers.As("postgres", Path.Combine(Bin, "pg_ctl"),
            "-D", DataDirectory, "-m", crash ? "immediate" : "fast", "-w", "stop");
        await ProcessRunner.RunCheckedAsync(pgCtl, args);
        IsRunning = false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (IsRunning)
            {
                await StopAsync();
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
