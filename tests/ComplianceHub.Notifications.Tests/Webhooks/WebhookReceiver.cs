using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ComplianceHub.Notifications.Tests.Webhooks;

/// <summary>A real HTTP endpoint on loopback (Kestrel) that records every request and answers as the test scripts it.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private int _calls;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The status for the n-th request (1-based).</summary>
    public Func<int, int> Answer { get; set; } = _ => 200;

    /// <summary>When set, the status by request path (e.g. <c>/hooks/alerts</c>) instead of <see cref="Answer"/>.</summary>
    public Func<string, int>? AnswerByPath { get; set; }

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var call = Interlocked.Increment(ref receiver._calls);
            var status = receiver.AnswerByPath is { } byPath ? byPath(request.Path.Value ?? "") : receiver.Answer(call);
            receiver._received.Enqueue(new ReceivedWebhook(
                request.Headers["webhook-id"], request.Headers["webhook-timestamp"], request.Headers["webhook-signature"],
                request.ContentType, body, DateTimeOffset.UtcNow, status, request.Path.Value ?? ""));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks/alerts?token=abc";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
