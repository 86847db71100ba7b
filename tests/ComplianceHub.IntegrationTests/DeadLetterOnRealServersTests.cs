namespace ComplianceHub.IntegrationTests;

/// <summary>The dead-letter store on PostgreSQL and RabbitMQ (quorum queues).</summary>
[Collection(ServersCollection.Name)]
public sealed class DeadLetterOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task A_poison_message_goes_to_the_store_not_the_error_queue_while_500_healthy_ones_pass_and_after_the_fix_its_replay_takes_effect_once()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = await ServersFixture.StartLedgerAsync(settings, "Messaging:Retry:Limit=3", "Messaging:Retry:BaseDelay=00:00:00.100");
        var poison = Guid.NewGuid();

        var entry = await PoisonCheck.RunAsync(host, poison, healthy: 500, TimeSpan.FromSeconds(120));

        Assert.Equal("record-entry", entry.SourceQueue);
        Assert.Equal("Retries exhausted after 4 attempts: System.InvalidOperationException", entry.Reason);
        Assert.Equal(-1, entry.Payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(poison.ToString())));
        Assert.Contains(poison.ToString(), PoisonCheck.DecryptedBody(host, entry), StringComparison.Ordinal);
        Assert.Equal(500, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Kind == "recorded")));
        var queues = await servers.RabbitMq.ListQueuesAsync(settings["Messaging:RabbitMq:VirtualHost"]);
        Assert.Equal(0, queues.GetValueOrDefault("record-entry_error"));

        await PoisonCheck.FixAndReplayAsync(host, poison, entry.Id, TimeSpan.FromSeconds(60));
        await Task.Delay(1_000);
        Assert.Equal(1, await host.WithDbAsync(db => db.Set<LedgerEntry>().CountAsync(e => e.Key == poison && e.Kind == "recorded")));
    }
}
