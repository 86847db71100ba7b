namespace ComplianceHub.Testing;

/// <summary>
/// A throwaway RabbitMQ 3.10 node (Debian package <c>rabbitmq-server</c>) bound to 127.0.0.1 on free ports, with its
/// own node name and directories, deleted on dispose. See ../shared/notes/test-servers.md.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string Server = "/usr/sbin/rabbitmq-server";
    private const string Ctl = "/usr/sbin/rabbitmqctl";
    private readonly string _root;

    private RabbitMqServer(string root, int port, int distributionPort, int? tlsPort = null)
    {
        _root = root;
        Port = port;
        DistributionPort = distributionPort;
        TlsPort = tlsPort;
        NodeName = $"chtest{port}@localhost";
    }

    /// <summary>The AMQPS port when started with <see cref="StartWithTlsAsync"/>.</summary>
    public int? TlsPort { get; }

    /// <summary>The CA that signed the node's certificate, when started with TLS.</summary>
    public ThrowawayCa? Authority { get; private set; }

    public int Port { get; }

    public int DistributionPort { get; }

    public string NodeName { get; }

    public bool IsRunning { get; private set; }

    public static Task<RabbitMqServer> StartAsync() => StartAsync(tls: false);

    /// <summary>A node that also listens for AMQPS, with a certificate of a CA made for it.</summary>
    public static Task<RabbitMqServer> StartWithTlsAsync() => StartAsync(tls: true);

    private static async Task<RabbitMqServer> StartAsync(bool tls)
    {
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not installed ({Server} missing). Run the README's test command, which installs it.");
        }

        var root = Directory.CreateTempSubdirectory("ch-rabbit-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "mnesia"));
        Directory.CreateDirectory(Path.Combine(root, "log"));
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[].\n");
        var server = new RabbitMqServer(root, FreePort.Next(), FreePort.Next(), tls ? FreePort.Next() : null);
        if (tls)
        {
            server.Authority = ThrowawayCa.Create(Path.Combine(root, "tls"));
            await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq.conf"), $"""
                listeners.ssl.default = 127.0.0.1:{server.TlsPort}
                ssl_options.cacertfile = {server.Authority.CaCertificatePath}
                ssl_options.certfile = {server.Authority.ServerCertificatePath}
                ssl_options.keyfile = {server.Authority.ServerKeyPath}
                ssl_options.verify = verify_none
                ssl_options.fail_if_no_peer_cert = false

                """);
        }

        await SystemUsers.GiveAsync(root, "rabbitmq");

        // The node runs in its own session until DisposeAsync stops it; as root the script re-executes as rabbitmq.
        _ = ProcessRunner.RunAsync("setsid", [Server], server.Environment(), TimeSpan.FromHours(6), root);
        await server.WaitUntilReadyAsync();
        server.IsRunning = true;
        return server;
    }

    /// <summary>A virtual host of its own keeps one test's queues away from another's.</summary>
    public async Task<string> CreateVirtualHostAsync(string name)
    {
        await CtlAsync("add_vhost", name);
        await CtlAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return name;
    }

    /// <summary>Queue names with their ready-message counts in a virtual host.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ListQueuesAsync(string virtualHost)
    {
        var output = await CtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "messages_ready");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[1], out _))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether each open client connection of a virtual host uses TLS.</summary>
    public async Task<IReadOnlyList<bool>> ConnectionsUseTlsAsync(string virtualHost)
    {
        var output = await CtlAsync("list_connections", "--quiet", "--no-table-headers", "vhost", "ssl");
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && parts[0] == virtualHost)
            .Select(parts => parts[1] == "true")];
    }

    /// <summary>Queue names with their type (quorum, classic) in a virtual host.</summary>
    public async Task<IReadOnlyDictionary<string, string>> QueueTypesAsync(string virtualHost)
    {
        var output = await CtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "type");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }

    /// <summary>The queue's arguments as rabbitmqctl prints them (e.g. contains <c>x-single-active-consumer</c>).</summary>
    public async Task<string> QueueArgumentsAsync(string virtualHost, string queue)
    {
        var output = await CtlAsync("list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "arguments");
        return output.Split('\n').FirstOrDefault(line => line.StartsWith(queue + "\t", StringComparison.Ordinal)) ?? "";
    }

    /// <summary>Stops the broker application (AMQP closes) but keeps the node, so it can come back fast.</summary>
    public async Task StopAsync()
    {
        await CtlAsync("stop_app");
        IsRunning = false;
    }

    /// <summary>
    /// The broker goes away for its clients: listeners suspended (no reconnection) and every connection closed. A
    /// stop_app of a 3.10 node under message load was seen to hang, so the mid-stream outage tests use this instead.
    /// </summary>
    public async Task CutOffClientsAsync()
    {
        await CtlAsync("suspend_listeners");
        await CtlAsync("close_all_connections", "outage under test");
    }

    public Task ReconnectClientsAsync() => CtlAsync("resume_listeners");

    public async Task StartAgainAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
        IsRunning = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ProcessRunner.RunAsync(Ctl, ["-n", NodeName, "stop"], Environment(), TimeSpan.FromSeconds(60));
        }
        finally
        {
            IsRunning = false;
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<string> CtlAsync(params string[] arguments) =>
        ProcessRunner.RunCheckedAsync(Ctl, ["-n", NodeName, .. arguments], Environment(), TimeSpan.FromSeconds(60));

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var (exitCode, output) = await ProcessRunner.RunAsync(
                Ctl, ["-n", NodeName, "await_startup"], Environment(), TimeSpan.FromSeconds(60));
            if (exitCode == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var log = Directory.EnumerateFiles(Path.Combine(_root, "log")).Select(File.ReadAllText).LastOrDefault();
                throw new TimeoutException($"RabbitMQ node {NodeName} did not start:\n{output}\n{log}");
            }

            await Task.Delay(500);
        }
    }

    private Dictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbit.pid"),
            ["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            // Schedulers that find no work sleep at once instead of spinning (Erlang's default busy wait): on a
            // 2-core machine a spinning broker takes the CPU the hosts under test need.
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none",
        };
        if (TlsPort is not null)
        {
            environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq.conf");
        }

        return environment;
    }
}
