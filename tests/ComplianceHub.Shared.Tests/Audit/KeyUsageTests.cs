namespace ComplianceHub.Shared.Tests.Audit;

public sealed class KeyUsageTests
{
    [Fact]
    public async Task Encryptions_of_several_hosts_add_up_per_key_towards_the_nonce_limit()
    {
        var data = Directory.CreateTempSubdirectory("ch-keys-").FullName;
        await using var first = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data));
        await using var second = await ModuleTestHost.StartAsync(h => h.Ledger().InDirectory(data));
        var key = first.Services.GetRequiredService<MessageKeyRing>().ActiveEncryptionKey;

        var before = await Monitor(first).AddAsync(key, KeyUsageMonitor.WarnAt - 10, CancellationToken.None);
        var total = await Monitor(second).AddAsync(key, 25, CancellationToken.None);

        Assert.Equal(before + 25, total);
        Assert.True(total >= KeyUsageMonitor.WarnAt, $"{total}");
        Assert.Equal(KeyUsageMonitor.Limit / 2, KeyUsageMonitor.WarnAt); // warned from half of the NIST SP 800-38D limit on
    }

    private static KeyUsageMonitor Monitor(ModuleTestHost host) =>
        host.Services.GetServices<IHostedService>().OfType<KeyUsageMonitor>().Single();
}
