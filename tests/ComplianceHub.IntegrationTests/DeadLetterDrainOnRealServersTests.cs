namespace ComplianceHub.IntegrationTests;

/// <summary>Messages an earlier version (or MassTransit, while the store was down) left in the broker's error and skipped queues.</summary>
[Collection(ServersCollection.Name)]
public sealed class DeadLetterDrainOnRealServersTests(ServersFixture servers)
{
    [Fact]
    public async Task Messages_left_in_error_and_skipped_queues_are_drained_into_the_store()
    {
        var settings = await servers.FreshHostSettingsAsync();
        await using var host = await ServersFixture.StartLedgerAsync(settings, "Messaging:DeadLetters:ProcessingInterval=00:00:01");
        var factory = ServersFixture.Amqp(settings);
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await LeaveAsync(channel, "record-entry_error", new() { ["MT-Reason"] = "fault", ["MT-Fault-ExceptionType"] = "System.TimeoutException", ["MT-Fault-Message"] = "smtp timed out" });
            await LeaveAsync(channel, "record-entry_skipped", new() { ["MT-Reason"] = "skip" });
        }

        var entries = await PoisonCheck.WaitForDeadLettersAsync(host, 2, TimeSpan.FromSeconds(30));

        Assert.Equal(
            ["Drained from record-entry_error: System.TimeoutException", SkippedMessageFilter.Reason],
            entries.Select(e => e.Reason).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal("record-entry", e.SourceQueue));
        var queues = await servers.RabbitMq.ListQueuesAsync(settings["Messaging:RabbitMq:VirtualHost"]);
        Assert.Equal(0, queues.GetValueOrDefault("record-entry_error"));
        Assert.Equal(0, queues.GetValueOrDefault("record-entry_skipped"));
    }

    private static async Task LeaveAsync(IChannel channel, string queue, Dictionary<string, object?> headers)
    {
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        var body = "{\"messageId\":\"" + Guid.NewGuid() + "\",\"messageType\":[\"urn:message:ComplianceHub.Testing.Ledger:RecordEntry\"],"
            + "\"message\":{\"key\":\"" + Guid.NewGuid() + "\",\"partitionKey\":\"k\",\"sequence\":1},\"headers\":{}}";
        await channel.BasicPublishAsync("", queue, mandatory: false,
            new BasicProperties { ContentType = "application/vnd.masstransit+json", Persistent = true, Headers = headers },
            Encoding.UTF8.GetBytes(body));
    }
}
