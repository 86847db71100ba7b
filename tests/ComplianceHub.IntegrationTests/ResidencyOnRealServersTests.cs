namespace ComplianceHub.IntegrationTests;

/// <summary>Chapter V: a node outside the EEA processes no message; each is quarantined with a security event.</summary>
[Collection(ServersCollection.Name)]
public sealed class ResidencyOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task A_node_outside_the_EEA_quarantines_messages_tagged_for_the_EEA_and_raises_a_security_event()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = await ServersFixture.StartLedgerAsync(settings, "Residency:NodeCountry=US");

        // The tag travels as a transport header on every message.
        var factory = ServersFixture.Amqp(settings);
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var tap = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(tap, "ComplianceHub.Testing.Ledger:RecordEntry", "");

        var key = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, "k", 1));

        var entry = await PoisonCheck.WaitForDeadLetterAsync(host, TimeSpan.FromSeconds(30));
        Assert.Equal("Residency: node in US is outside the EEA", entry.Reason);
        Assert.Equal(1, entry.FailureCount);
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == key)));
        await using var scope = host.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<OutboxMessage>()
            .Where(m => m.MessageType.Contains(nameof(MessageQuarantined))).ToListAsync();
        Assert.Single(events);

        var tapped = await channel.BasicGetAsync(tap, autoAck: true);
        Assert.NotNull(tapped);
        Assert.Equal("EEA", System.Text.Encoding.UTF8.GetString((byte[])tapped.BasicProperties.Headers!["CH-Residency"]!));
    }
}
