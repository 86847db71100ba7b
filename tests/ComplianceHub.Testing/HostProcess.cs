using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace ComplianceHub.Testing;

/// <summary>
/// The real ComplianceHub host as a child process (what an operator runs), on a free port, in its own working
/// directory. It can be stopped gracefully (SIGTERM) or killed (SIGKILL) and started again with the same settings.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string AdminKey = "chk_integration-tests-admin-key-0123456789abcdef";
    private readonly Dictionary<string, string> _environment;
    private const int RecentLineCount = 60;
    private readonly StringBuilder _output = new();
    private readonly Queue<string> _recent = new();
    private Process? _process;

    public HostProcess(IReadOnlyDictionary<string, string> settings, string? workingDirectory = null)
    {
        Settings = settings;
        Port = FreePort.Next();
        WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("ch-host-").FullName;
        _environment = new Dictionary<string, string>
        {
            ["Urls"] = BaseAddress.ToString().TrimEnd('/'),
            ["Security__BootstrapAdminKey"] = AdminKey,
            ["DOTNET_ENVIRONMENT"] = "Production",
            // Load tests send thousands of requests as one caller; the limit itself is tested with its own settings.
            ["Http__RequestsPerSecond"] = "100000",
            ["Http__Burst"] = "100000",
            // A test's host lives about a minute. Dynamic PGO re-compiles hot methods into an instrumented tier first,
            // and in a life that short that costs more than it returns: 600 reports through two hosts were accepted
            // in 39-40 s without it against 49-53 s with it (docs/benchmarks.md). Production keeps the default.
            ["DOTNET_TieredPGO"] = "0",
            // Several hosts, the test runner and the servers share two cores: workstation GC and a thread pool that
            // sleeps instead of spinning leave the CPU to the work (600 reports through two hosts accepted in 32-37 s
            // against 39-41 s with server GC and spinning, two rounds, docs/benchmarks.md). Production keeps the defaults.
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            _environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        Client = new HttpClient(new FailureContext(this) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        Client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
    }

    public int Port { get; }

    /// <summary>The configuration keys this host was given (environment variables, ':' as '__').</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public string WorkingDirectory { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Authenticated as the bootstrap Admin.</summary>
    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The last lines the host printed, and whether it still runs: what a failed call should be read with.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                var state = _process is null ? "not started" : _process.HasExited ? $"exited with {_process.ExitCode}" : "running";
                return $"The host is {state}; its last {_recent.Count} lines:\n{string.Join('\n', _recent)}";
            }
        }
    }

    public bool HasExited => _process?.HasExited ?? true;

    public int? ExitCode => _process is { HasExited: true } p ? p.ExitCode : null;

    /// <summary>Starts the process; returns once <c>/health/live</c> answers (ready is the test's business).</summary>
    public async Task StartAsync()
    {
        Launch([]);
        await WaitForAsync("/health/live", TimeSpan.FromSeconds(60));
    }

    /// <summary>Starts the process and returns once <c>/health/ready</c> answers: the host is ready for the test.</summary>
    public async Task StartReadyAsync(TimeSpan timeout)
    {
        await StartAsync();
        await WaitForAsync("/health/ready", timeout);
    }

    /// <summary>Runs the host (with a command such as <c>migrate</c>, or none) and waits for it to exit.</summary>
    public async Task<int> RunToExitAsync(TimeSpan timeout, params string[] arguments)
    {
        Launch(arguments);
        using var cts = new CancellationTokenSource(timeout);
        await _process!.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    private void Launch(string[] arguments)
    {
        _process?.Dispose();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.HostAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the host.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Polls a path until it answers 200, or fails with the host's output.</summary>
    public async Task WaitForAsync(string path, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        HttpStatusCodeOrError last = default;
        while (deadline.Elapsed < timeout)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"The host exited with {ExitCode}:\n{Output}");
            }

            try
            {
                last = await TryGetAsync(path);
            }
            catch (TaskCanceledException ex)
            {
                // A host that accepted the connection but has not answered yet (cold start on a busy machine)
                // is still starting: the overall timeout decides, not one request's.
                last = new(0, ex.Message);
                continue;
            }

            if (last.StatusCode == 200)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{path} did not answer 200 within {timeout} (last: {last}).\n{Output}");
    }

    public async Task<HttpStatusCodeOrError> TryGetAsync(string path)
    {
        try
        {
            using var response = await Client.GetAsync(path);
            return new((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException ex)
        {
            return new(0, (ex.InnerException as HttpRequestException ?? ex).Message); // the caller prints the output itself
        }
    }

    /// <summary>SIGTERM and wait: the graceful shutdown an orchestrator does.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            await process.WaitForExitAsync(cts.Token);
        }
    }

    /// <summary>SIGKILL: the process dies wherever it is, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Client.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            _recent.Enqueue(line);
            if (_recent.Count > RecentLineCount)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>
    /// A call the host dropped (connection refused or reset, response cut short) fails with the host's state and last
    /// output in its message, so a test that fails in CI says why the host did not answer. Same exception type: callers
    /// that expect refusals during a fault still catch it.
    /// </summary>
    private sealed class FailureContext(HostProcess host) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new HttpRequestException(ex.HttpRequestError, $"{request.Method} {request.RequestUri?.PathAndQuery}: {ex.Message}\n{host.RecentOutput}", ex, ex.StatusCode);
            }
        }
    }
}
