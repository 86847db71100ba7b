using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using ComplianceHub.Shared.Messaging;

namespace ComplianceHub.IntegrationTests;

/// <summary>Messages over AMQPS to a RabbitMQ node whose certificate comes from a CA made for the test.</summary>
/// <remarks>In the servers collection: never beside the load tests, which starve a 2-core machine.</remarks>
[Collection(ServersCollection.Name)]
public sealed class RabbitMqTlsTests
{
    [Fact]
    public async Task The_host_talks_to_the_broker_over_tls_trusting_only_the_configured_ca()
    {
        await using var rabbit = await RabbitMqServer.StartWithTlsAsync();
        var virtualHost = await rabbit.CreateVirtualHostAsync("tls");
        await using var host = await ModuleTestHost.StartAsync(h => h.Ledger(
            "Messaging:Transport=RabbitMq",
            "Messaging:RabbitMq:Host=127.0.0.1",
            $"Messaging:RabbitMq:Port={rabbit.TlsPort}",
            $"Messaging:RabbitMq:VirtualHost={virtualHost}",
            "Messaging:RabbitMq:UseTls=true",
            $"Messaging:RabbitMq:CaCertificatePath={rabbit.Authority!.CaCertificatePath}"));

        var key = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));
        try
        {
            await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "recorded"), TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            var queues = await rabbit.ListQueuesAsync(virtualHost);
            var deadLetters = await PoisonCheck.WaitForDeadLettersAsync(host, 0, TimeSpan.FromSeconds(1));
            var writer = host.Services.GetRequiredService<ComplianceHub.Shared.DeadLetters.DeadLetterWriter>();
            Assert.Fail($"Not consumed over TLS. Queues: {string.Join(", ", queues.Select(q => $"{q.Key}={q.Value}"))}; dead letters: " +
                string.Join("; ", deadLetters.Select(d => $"{d.Reason}: {string.Join(" | ", writer.Decrypt(d).Errors.Distinct())}")));
        }
        var connections = await rabbit.ConnectionsUseTlsAsync(virtualHost);
        Assert.NotEmpty(connections);
        Assert.All(connections, Assert.True);

        // The same certificate is refused when another CA is the one we trust.
        var stranger = ThrowawayCa.Create(Directory.CreateTempSubdirectory("ch-stranger-ca-").FullName);
        using var presented = X509CertificateLoader.LoadCertificateFromFile(rabbit.Authority!.ServerCertificatePath);
        Assert.True(BrokerCertificateValidation.For(rabbit.Authority.CaCertificatePath)(this, presented, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(BrokerCertificateValidation.For(stranger.CaCertificatePath)(this, presented, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(BrokerCertificateValidation.For(rabbit.Authority.CaCertificatePath)(this, presented, null, SslPolicyErrors.RemoteCertificateNameMismatch));
        Assert.False(BrokerCertificateValidation.For(null)(this, presented, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Directory.Delete(stranger.Directory, recursive: true);
    }
}
