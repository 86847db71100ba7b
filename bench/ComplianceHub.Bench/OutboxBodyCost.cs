using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.Bench;

/// <summary>
/// What sealing outbox bodies at rest costs per row: the steps of OutboxBodies (UTF-8, AES-256-GCM under the ring,
/// base64) on a 1 KB envelope, once when the row is stored and once when the dispatcher opens it. No servers.
/// </summary>
internal static class OutboxBodyCost
{
    public static void Run(int rows)
    {
        var key = new Dictionary<string, byte[]> { ["k1"] = RandomNumberGenerator.GetBytes(32) };
        var ring = new MessageKeyRing(key, "k1", key, "k1", TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        var body = $$$"""{"messageId":"{{{Guid.NewGuid()}}}","message":{"text":"{{{new string('x', 900)}}}"}}""";
        var context = Encoding.ASCII.GetBytes($"compliancehub/outbox/v1/{Guid.NewGuid():N}");
        string Seal() => "ob1:" + Convert.ToBase64String(ring.Encrypt(Encoding.UTF8.GetBytes(body), context));
        string Open(string stored) => Encoding.UTF8.GetString(ring.Decrypt(Convert.FromBase64String(stored[4..]), context));

        var sealedBody = Seal();
        for (var i = 0; i < 10_000; i++)
        {
            Open(Seal()); // warm-up (tiered JIT)
        }

        var seal = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
        {
            Seal();
        }

        seal.Stop();
        var open = Stopwatch.StartNew();
        for (var i = 0; i < rows; i++)
        {
            Open(sealedBody);
        }

        open.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"outbox body ({body.Length} B, stored {sealedBody.Length} B): seal {seal.Elapsed.TotalMicroseconds / rows:F1} µs/row, open {open.Elapsed.TotalMicroseconds / rows:F1} µs/row ({rows} rows each)"));
    }
}
