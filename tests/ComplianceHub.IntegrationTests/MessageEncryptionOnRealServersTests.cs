namespace ComplianceHub.IntegrationTests;

/// <summary>What crosses the broker is ciphertext, and rotating the encryption key loses no message already on its way.</summary>
[Collection(ServersCollection.Name)]
public sealed class MessageEncryptionOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task Bytes_on_the_broker_hold_no_plaintext_field_and_a_message_encrypted_under_the_previous_key_is_consumed_after_rotation()
    {
        // The host has rotated: it-2 is active, it-1 (the previous key) is still in its ring to decrypt.
        var settings = await servers.FreshHostSettingsAsync();
        var previousKey = settings["Security:Messages:EncryptionKeys:it-1"];
        settings["Security:Messages:EncryptionKeys:it-2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["Security:Messages:ActiveEncryptionKey"] = "it-2";
        await using var host = await ServersFixture.StartLedgerAsync(settings);
        var ring = host.Services.GetRequiredService<MessageKeyRing>();

        // A tap on both exchanges sees exactly the bytes the broker carries: a direct publish and an outbox publish.
        var factory = ServersFixture.Amqp(settings);
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var tap = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(tap, "ComplianceHub.Testing.Ledger:RecordEntry", "");
        await channel.QueueBindAsync(tap, "ComplianceHub.Testing.Ledger:EntryRecorded", "");

        var key = Guid.NewGuid();
        var partition = "subject-" + Guid.NewGuid().ToString("N")[..8];
        await host.Services.GetRequiredService<IBus>().Publish(new RecordEntry(key, partition, 7));
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == key && e.Kind == "observed"), TimeSpan.FromSeconds(30));

        var seen = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var message = await WaitForAsync(channel, tap);
            var bytes = message.Body.ToArray();
            Assert.Equal(EncryptedMessages.MediaType, message.BasicProperties.ContentType);
            foreach (var plaintext in new[] { key.ToString(), key.ToString("N"), partition, "RecordEntry", "EntryRecorded" })
            {
                Assert.DoesNotContain(plaintext, Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(plaintext, Encoding.Latin1.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal("it-2", MessageKeyRing.KeyIdOf(bytes));
            var (_, opened) = EncryptedMessages.Open(ring, bytes);
            Assert.Contains(partition, Encoding.UTF8.GetString(opened), StringComparison.Ordinal);
            seen.Add(Encoding.UTF8.GetString(opened).Contains("EntryRecorded", StringComparison.Ordinal) ? "EntryRecorded" : "RecordEntry");
        }

        Assert.Equal(["EntryRecorded", "RecordEntry"], seen.Order(StringComparer.Ordinal));

        // A message sealed before the rotation (by a host that still had it-1 active) is still delivered.
        var beforeRotation = new MessageKeyRing(
            new Dictionary<string, byte[]> { ["it-1"] = Convert.FromBase64String(settings["Security:Messages:SigningKeys:it-1"]) }, "it-1",
            new Dictionary<string, byte[]> { ["it-1"] = Convert.FromBase64String(previousKey) }, "it-1",
            TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        var late = Guid.NewGuid();
        var envelope = $$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["urn:message:ComplianceHub.Testing.Ledger:RecordEntry"],"message":{"key":"{{{late}}}","partitionKey":"k","sequence":1,"failAfterPublishing":false},"headers":{}}""";
        var sealedBody = EncryptedMessages.Seal(beforeRotation, "application/vnd.masstransit+json", Encoding.UTF8.GetBytes(envelope));
        Assert.Equal("it-1", MessageKeyRing.KeyIdOf(sealedBody));
        await PublishSignedAsync(channel, beforeRotation, sealedBody);
        await host.WaitUntilAsync(async db => await db.Set<LedgerEntry>().AnyAsync(e => e.Key == late && e.Kind == "recorded"), TimeSpan.FromSeconds(30));

        // Signed by a known key but encrypted under one the ring never had: no retry can open it, so it is dead-lettered
        // at once, still encrypted, and its consumer never runs.
        var foreign = new MessageKeyRing(
            new Dictionary<string, byte[]> { ["it-1"] = Convert.FromBase64String(settings["Security:Messages:SigningKeys:it-1"]) }, "it-1",
            new Dictionary<string, byte[]> { ["elsewhere"] = RandomNumberGenerator.GetBytes(32) }, "elsewhere",
            TimeSpan.FromDays(7), TimeSpan.FromMinutes(5), isDevelopment: false);
        var lost = Guid.NewGuid();
        await PublishSignedAsync(channel, foreign, EncryptedMessages.Seal(foreign, "application/vnd.masstransit+json", Encoding.UTF8.GetBytes(envelope.Replace(late.ToString(), lost.ToString(), StringComparison.Ordinal))));
        var entry = await PoisonCheck.WaitForDeadLetterAsync(host, TimeSpan.FromSeconds(30));
        Assert.Contains("SerializationException", entry.ExceptionType, StringComparison.Ordinal);
        Assert.Equal(1, entry.FailureCount);
        Assert.Equal("record-entry", entry.SourceQueue);
        Assert.False(await host.WithDbAsync(db => db.Set<LedgerEntry>().AnyAsync(e => e.Key == lost)));
    }

    private static async Task PublishSignedAsync(IChannel channel, MessageKeyRing sender, byte[] body)
    {
        var now = DateTimeOffset.UtcNow;
        await channel.BasicPublishAsync(
            "record-entry", "", mandatory: false,
            new BasicProperties
            {
                ContentType = EncryptedMessages.MediaType,
                Persistent = true,
                Headers = MessageSignatureHeaders.For(sender, body, now, new MessageRoute("record-entry", "", "")),
            },
            body);
    }

    private static async Task<BasicGetResult> WaitForAsync(IChannel channel, string queue)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Nothing arrived on {queue}.");
            await Task.Delay(50);
        }
    }
}
