namespace ComplianceHub.IntegrationTests;

/// <summary>Messages published straight to RabbitMQ (as an attacker or a broken client would) must not reach a consumer unless signed.</summary>
[Collection(ServersCollection.Name)]
public sealed class MessageSignatureOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task Unsigned_tampered_and_stale_messages_are_quarantined_with_their_reason_and_raise_a_security_event()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = await ServersFixture.StartLedgerAsync(settings);
        var ring = host.Services.GetRequiredService<MessageKeyRing>();

        // A message sent through the bus is signed by it and consumed.
        var signed = Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(signed, "k", 1));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == signed), TimeSpan.FromSeconds(30));

        var factory = ServersFixture.Amqp(settings);
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var (unsigned, tampered, stale) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await PublishAsync(channel, Envelope(unsigned), headers: []);
        var original = Envelope(tampered);
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(channel, original.Replace("\"sequence\":1", "\"sequence\":999", StringComparison.Ordinal), Signed(ring, original, now));
        var old = Envelope(stale);
        await PublishAsync(channel, old, Signed(ring, old, now.AddDays(-8)));

        var entries = await PoisonCheck.WaitForDeadLettersAsync(host, 3, TimeSpan.FromSeconds(30));
        Assert.Equal(
            ["Signature Invalid", "Signature Missing", "Signature Stale"],
            entries.Select(e => e.Reason).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("record-entry", e.SourceQueue));
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == unsigned || e.Key == tampered || e.Key == stale)));
        await using var scope = host.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.MessageType.Contains(nameof(MessageQuarantined)));
        Assert.Equal(3, events);
    }

    [Fact]
    public async Task A_signed_message_copied_into_another_queue_is_quarantined_and_its_destination_cannot_be_relabelled()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = await ServersFixture.StartLedgerAsync(settings);
        var ring = host.Services.GetRequiredService<MessageKeyRing>();
        var factory = ServersFixture.Amqp(settings);
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var (replayed, relabelled, genuine) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;

        // Signed, fresh and intact, but for the queue of another consumer: a replay into this one.
        var copied = Envelope(replayed);
        await PublishAsync(channel, copied, Signed(ring, copied, now, queue: "entry-recorded"));
        // The same, with the destination header rewritten to this queue: the signature covers it.
        var moved = Envelope(relabelled);
        var headers = Signed(ring, moved, now, queue: "entry-recorded");
        headers[MessageSignatureHeaders.Destination] = "record-entry";
        await PublishAsync(channel, moved, headers);
        // Signed for this queue: consumed.
        var own = Envelope(genuine);
        await PublishAsync(channel, own, Signed(ring, own, now));

        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == genuine), TimeSpan.FromSeconds(30));
        var entries = await PoisonCheck.WaitForDeadLettersAsync(host, 2, TimeSpan.FromSeconds(30));
        Assert.Equal(["Signature Invalid", "Signature WrongDestination"], entries.Select(e => e.Reason).Order(StringComparer.Ordinal));
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == replayed || e.Key == relabelled)));
    }

    private static string Envelope(Guid key) =>
        $$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:ComplianceHub.Testing.Ledger:RecordEntry"],"message":{"key":"{{{key}}}","partitionKey":"k","sequence":1,"failAfterPublishing":false},"headers":{}}""";

    private static Dictionary<string, object?> Signed(MessageKeyRing ring, string body, DateTimeOffset at, string queue = "record-entry") =>
        MessageSignatureHeaders.For(ring, Encoding.UTF8.GetBytes(body), at, new MessageRoute(queue, "", ""));

    private static async Task PublishAsync(IChannel channel, string body, Dictionary<string, object?> headers) =>
        await channel.BasicPublishAsync(
            "record-entry", "", mandatory: false,
            new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true, Headers = headers },
            Encoding.UTF8.GetBytes(body));
}
