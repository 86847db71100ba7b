namespace ComplianceHub.Notifications.Tests.Sms;

/// <summary>A real HTTP SMS gateway on loopback: records each request and answers as told.</summary>
internal sealed class SmsGatewayReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SmsGatewayReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedSms> Received { get; } = new();

    public int Status { get; set; } = 200;

    public string Answer { get; set; } = """{"id":"gw-4711","status":"queued"}""";

    public string Url => _app.Urls.First() + "/messages";

    public static async Task<SmsGatewayReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new SmsGatewayReceiver(app);
        app.MapPost("/messages", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            receiver.Received.Enqueue(new ReceivedSms(
                await reader.ReadToEndAsync(),
                context.Request.ContentType,
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["Idempotency-Key"].ToString()));
            return Results.Text(receiver.Answer, "application/json", statusCode: receiver.Status);
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
