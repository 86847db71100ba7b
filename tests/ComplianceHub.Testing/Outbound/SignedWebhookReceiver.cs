using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Testing.Outbound;

/// <summary>
/// A fulfilment system's webhook endpoint on loopback. It checks the Standard Webhooks signature with its own code
/// (not the product's signer) and answers the first <see cref="FailFirst"/> calls with 503.
/// </summary>
public sealed class SignedWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _calls;

    public SignedWebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/hooks/dsr/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public string? Secret { get; set; }

    public int FailFirst { get; set; }

    public ConcurrentQueue<(string Id, string Body, bool SignatureValid)> Received { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var id = context.Request.Headers["webhook-id"] ?? "";
            var timestamp = context.Request.Headers["webhook-timestamp"] ?? "";
            var signature = context.Request.Headers["webhook-signature"] ?? "";
            var call = Interlocked.Increment(ref _calls);
            if (call <= FailFirst)
            {
                context.Response.StatusCode = 503;
            }
            else
            {
                Received.Enqueue((id, body, Verify(id, timestamp, body, signature)));
                context.Response.StatusCode = 204;
            }

            context.Response.Close();
        }
    }

    private bool Verify(string id, string timestamp, string body, string signature)
    {
        if (Secret is null || !Secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            return false;
        }

        using var hmac = new HMACSHA256(Convert.FromBase64String(Secret["whsec_".Length..]));
        var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + body)));
        return signature.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), Encoding.ASCII.GetBytes(expected)));
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _loop;
    }
}
