namespace ComplianceHub.IntegrationTests;

/// <summary>One PostgreSQL cluster and one RabbitMQ node for the whole collection; each test takes its own database and virtual host.</summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;

    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync();
        var rabbit = RabbitMqServer.StartAsync();
        Postgres = await postgres;
        RabbitMq = await rabbit;
    }

    public async Task DisposeAsync()
    {
        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }

    // Hosts that share a broker share a key ring, as in production; each test's virtual host is its own anyway.
    private readonly string _signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _pseudonymKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _encryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>A RabbitMQ.Client factory for the virtual host of <paramref name="settings"/>, to act on the broker as an outsider.</summary>
    public static RabbitMQ.Client.ConnectionFactory Amqp(Dictionary<string, string> settings) => new()
    {
        HostName = "127.0.0.1",
        Port = int.Parse(settings["Messaging:RabbitMq:Port"], System.Globalization.CultureInfo.InvariantCulture),
        VirtualHost = settings["Messaging:RabbitMq:VirtualHost"],
    };

    /// <summary><paramref name="settings"/> as host arguments (<c>key=value</c>), followed by the test's own.</summary>
    public static string[] HostArgs(Dictionary<string, string> settings, params string[] more) =>
        [.. settings.Select(s => $"{s.Key}={s.Value}"), .. more];

    /// <summary>The ledger module on the servers of <paramref name="settings"/>, with the test's own settings after them.</summary>
    public static Task<ModuleTestHost> StartLedgerAsync(Dictionary<string, string> settings, params string[] more) =>
        ModuleTestHost.StartAsync(h => h.Ledger(HostArgs(settings, more)));

    /// <summary>Host arguments for a fresh database and virtual host, for a test that needs none of its settings by name.</summary>
    public async Task<string[]> FreshHostArgsAsync() => HostArgs(await FreshHostSettingsAsync());

    /// <summary>Settings for a host on a fresh database and virtual host of these servers, with the collection's key ring.</summary>
    public async Task<Dictionary<string, string>> FreshHostSettingsAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:ComplianceHub"] = await Postgres.CreateDatabaseAsync(name),
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMq:VirtualHost"] = await RabbitMq.CreateVirtualHostAsync(name),

            // One node serves every test's virtual host, and none is deleted: with quorum queues (the product's
            // default, tested by HostOnRealServersTests) the ~50 queues of each host add up to well over a thousand
            // Raft servers on two cores, and the 3.10 node hung (stop_app, add_vhost) once there were that many.
            ["Messaging:QueueType"] = "Classic",
            ["Security:Messages:SigningKeys:it-1"] = _signingKey,
            ["Security:Messages:ActiveSigningKey"] = "it-1",
            ["Security:Messages:EncryptionKeys:it-1"] = _encryptionKey,
            ["Security:Messages:ActiveEncryptionKey"] = "it-1",
            ["Modules:Security:PseudonymKey"] = _pseudonymKey, // required with configured message keys
        };
    }
}
