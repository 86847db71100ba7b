using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Testing.Outbound;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 that counts the TCP connections it accepts and the requests it answers: a
/// refusal by the outbound guard leaves both at 0 (no packet reached it), a connection that got through shows in
/// <see cref="Connections"/> even when it is not valid HTTP (e.g. a TLS handshake sent to this plain-http port).
/// </summary>
public sealed class CountingReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _connections;
    private int _requests;

    private CountingReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public int Connections => Volatile.Read(ref _connections);

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<CountingReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        CountingReceiver? receiver = null;
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port, listen => listen.Use(next => connection =>
        {
            Interlocked.Increment(ref receiver!._connections);
            return next(connection);
        })));
        var app = builder.Build();
        receiver = new CountingReceiver(app, port);
        app.Run(context =>
        {
            Interlocked.Increment(ref receiver._requests);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
