using Npgsql;

namespace ComplianceHub.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port (Debian package <c>postgresql</c>), in a
/// temporary directory that is deleted on dispose. See ../shared/notes/test-servers.md. Started with
/// <see cref="StartWithTlsAsync"/> it accepts TCP connections over TLS only, with a certificate from a throwaway CA.
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

    /// <summary>The CA that signed the server's certificate when started with <see cref="StartWithTlsAsync"/>.</summary>
    public ThrowawayCa? Authority { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    public static Task<PostgresServer> StartAsync() => StartAsync(tls: false);

    /// <summary>
    /// <c>ssl=on</c> with a server certificate for 127.0.0.1 / localhost, and pg_hba.conf allowing TCP only as
    /// <c>hostssl</c>: a connection without TLS is refused by the server itself.
    /// </summary>
    public static Task<PostgresServer> StartWithTlsAsync() => StartAsync(tls: true);

    private static async Task<PostgresServer> StartAsync(bool tls)
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({Bin}/initdb missing). Run the README's test command, which installs it.");
        }

        var root = Directory.CreateTempSubdirectory("ch-pg-").FullName;
        var server = new PostgresServer(root, FreePort.Next());
        if (tls)
        {
            server.Authority = ThrowawayCa.Create(Path.Combine(root, "tls"));
            if (!OperatingSystem.IsWindows())
            {
                // PostgreSQL refuses a private key that its group or others can read.
                File.SetUnixFileMode(server.Authority.ServerKeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        await SystemUsers.GiveAsync(root, "postgres");
        var (initdb, args) = SystemUsers.As("postgres", Path.Combine(Bin, "initdb"), "-D", server.DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8");
        await ProcessRunner.RunCheckedAsync(initdb, args);
        if (tls)
        {
            // The socket in the temporary directory stays open for tools; over TCP only TLS gets in.
            await File.WriteAllTextAsync(Path.Combine(server.DataDirectory, "pg_hba.conf"), """
                local   all  all                 trust
                hostssl all  all  127.0.0.1/32   trust
                """);
        }

        await server.StartAgainAsync();
        return server;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    /// <summary>What an operator configures for a TLS server: the certificate checked against the CA and the host name.</summary>
    public string VerifiedTlsConnectionString(string database) =>
        $"{ConnectionString(database)};SSL Mode=VerifyFull;Root Certificate={Authority?.CaCertificatePath ?? throw new InvalidOperationException("Not started with TLS.")}";

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
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=200{TlsOptions()}", "start");
        await ProcessRunner.RunCheckedAsync(pgCtl, args);
        IsRunning = true;
        NpgsqlConnection.ClearAllPools(); // connections pooled in this process died with the previous server
    }

    private string TlsOptions() => Authority is null
        ? ""
        : $" -c ssl=on -c ssl_cert_file={Authority.ServerCertificatePath} -c ssl_key_file={Authority.ServerKeyPath}";

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
