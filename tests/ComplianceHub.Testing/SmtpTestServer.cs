using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ComplianceHub.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives, parsed with MimeKit. Optionally requires a
/// login, offers STARTTLS (or TLS from the first byte) with a certificate from a <see cref="ThrowawayCa"/>, or refuses
/// every recipient with 550. <see cref="StopAsync"/> and <see cref="StartAsync()"/> take it down and back on the same port.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<MimeMessage> _messages = [];
    private readonly ISmtpServerOptions _options;
    private readonly SmtpServer.ComponentModel.ServiceProvider _services = new();
    private TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;
    private Task _running = Task.CompletedTask;

    private SmtpTestServer(string? username, string? password, X509Certificate2? certificate, bool implicitTls)
    {
        Port = FreePort.Next();
        _options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e =>
            {
                e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                    .IsSecure(implicitTls)
                    .AuthenticationRequired(username is not null)
                    .AllowUnsecureAuthentication(certificate is null);
                if (certificate is not null)
                {
                    e.Certificate(certificate);
                }
            })
            .Build();
        _services.Add(new Store(this));
        _services.Add(new Filter(this));
        _services.Add(new DelegatingUserAuthenticator((user, pass) => username is null || (user == username && pass == password)));
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>When set, every RCPT TO is answered 550 (mailbox unavailable).</summary>
    public bool RejectRecipients { get; set; }

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <param name="username">With <paramref name="password"/>: AUTH is required before MAIL FROM.</param>
    /// <param name="tls">Offers STARTTLS (or, with <paramref name="implicitTls"/>, TLS from connect) with the CA's server certificate.</param>
    public static async Task<SmtpTestServer> StartAsync(string? username = null, string? password = null, ThrowawayCa? tls = null, bool implicitTls = false)
    {
        var certificate = tls is null ? null : X509Certificate2.CreateFromPemFile(tls.ServerCertificatePath, tls.ServerKeyPath);
        var server = new SmtpTestServer(username, password, certificate, implicitTls);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts listening again on the same port (after <see cref="StopAsync"/>).</summary>
    public async Task StartAsync()
    {
        await StopAsync();
        _stop = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(_options, _services);
        _running = _server.StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    /// <summary>Closes the listener: new connections are refused until <see cref="StartAsync()"/>.</summary>
    public async Task StopAsync()
    {
        if (_server is null || _stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        _server.Shutdown();
        await Task.WhenAny(Task.WhenAll(_running, _server.ShutdownTask), Task.Delay(TimeSpan.FromSeconds(10)));
        _stop.Dispose();
        _server = null;
        _stop = null;
    }

    /// <summary>The first received message matching <paramref name="predicate"/>, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> predicate, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task received;
            lock (_gate)
            {
                if (_messages.FirstOrDefault(predicate) is { } found)
                {
                    return found;
                }

                received = _received.Task;
            }

            try
            {
                await received.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching message within {timeout}; {Messages.Count} received.");
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Add(MimeMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            var previous = _received;
            _received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_running.IsCompleted)
            {
                await Task.Delay(20);
            }
        }
    }

    private sealed class Store(SmtpTestServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            owner.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(SmtpTestServer owner) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.RejectRecipients);
    }
}
