using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ComplianceHub.Bench;

/// <summary>
/// Reference (c): the database work of the full path with nothing else — raw Npgsql, no EF Core, no MassTransit,
/// no broker. Per message: the producer's transaction (one outbox row), the dispatcher's share of a batch read and
/// a batch "delivered" update, and the consumer's transaction (read the inbox, insert the inbox row and the effect
/// row, commit), on the same tables and indexes as (b). Its throughput is the most any design keeping those
/// transactions can reach on this machine, so it tells how much of the gap between (a) and (b) is the database.
/// </summary>
internal sealed class DatabaseFloorBenchmark(string connectionString, int writers, int consumers)
{
    private const string Outbox = "bench.outbox_message";

    /// <summary>Throughput of the producers' transactions alone, then of the whole database path.</summary>
    public async Task<(double Produce, double Full)> RunAsync(int warmupMessages, int saturationMessages)
    {
        var options = new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(connectionString).Options;
        await using (var db = new BenchDbContext(options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using var source = NpgsqlDataSource.Create(connectionString);
        await RunOnceAsync(source, warmupMessages);

        var started = Stopwatch.StartNew();
        await ProduceConcurrentlyAsync(source, saturationMessages);
        var produce = saturationMessages / started.Elapsed.TotalSeconds;
        await using (var clear = source.CreateCommand($"""UPDATE {Outbox} SET "DeliveredAt" = now() WHERE "DeliveredAt" IS NULL"""))
        {
            await clear.ExecuteNonQueryAsync();
        }

        started.Restart();
        await RunOnceAsync(source, saturationMessages);
        return (produce, saturationMessages / started.Elapsed.TotalSeconds);
    }

    private Task ProduceConcurrentlyAsync(NpgsqlDataSource source, int count)
    {
        var produced = 0;
        return Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            while (Interlocked.Increment(ref produced) <= count)
            {
                await ProduceAsync(source);
            }
        }));
    }

    private async Task RunOnceAsync(NpgsqlDataSource source, int count)
    {
        var handedOver = Channel.CreateBounded<Guid>(1_000);
        var consumed = 0;
        var producers = ProduceConcurrentlyAsync(source, count);
        var dispatcher = DispatchAsync(source, handedOver.Writer, count);
        var consumerTasks = Task.WhenAll(Enumerable.Range(0, consumers).Select(async _ =>
        {
            await foreach (var messageId in handedOver.Reader.ReadAllAsync())
            {
                await ConsumeAsync(source, messageId);
                Interlocked.Increment(ref consumed);
            }
        }));
        await Task.WhenAll(producers, dispatcher, consumerTasks);
        if (consumed != count)
        {
            throw new InvalidOperationException($"Only {consumed} of {count} messages were consumed.");
        }
    }

    private static async Task ProduceAsync(NpgsqlDataSource source)
    {
        await using var command = source.CreateCommand(
            $"""
            INSERT INTO {Outbox} ("PartitionKey", "CreatedAt", "Attempts", "MessageId", "DestinationAddress", "SentTime", "ContentType", "MessageType", "Body", "Headers")
            VALUES ($1, $2, 0, $3, $4, $2, 'application/vnd.masstransit+json', 'urn:message:ComplianceHub.Bench:BenchPing', $5, $6)
            """);
        var messageId = Guid.NewGuid();
        command.Parameters.Add(new NpgsqlParameter { Value = messageId.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        command.Parameters.Add(new NpgsqlParameter { Value = "rabbitmq://127.0.0.1/bench-ping" });
        command.Parameters.Add(new NpgsqlParameter { Value = Body });
        command.Parameters.Add(new NpgsqlParameter { Value = "{}" });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Batches of up to 500 due rows, read in order and marked delivered in one statement, as the dispatcher does.</summary>
    private static async Task DispatchAsync(NpgsqlDataSource source, ChannelWriter<Guid> handOver, int count)
    {
        var dispatched = 0;
        while (dispatched < count)
        {
            var batch = new List<(long Sequence, Guid MessageId)>(500);
            await using (var select = source.CreateCommand(
                $"""SELECT "SequenceNumber", "MessageId", "Body" FROM {Outbox} WHERE "DeliveredAt" IS NULL AND "ParkedAt" IS NULL AND "DueAt" IS NULL ORDER BY "SequenceNumber" LIMIT 500"""))
            await using (var reader = await select.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    _ = reader.GetString(2);
                    batch.Add((reader.GetInt64(0), reader.GetGuid(1)));
                }
            }

            if (batch.Count == 0)
            {
                await Task.Delay(1);
                continue;
            }

            foreach (var (_, messageId) in batch)
            {
                await handOver.WriteAsync(messageId);
            }

            await using var update = source.CreateCommand($"""UPDATE {Outbox} SET "DeliveredAt" = $1 WHERE "SequenceNumber" = ANY($2)""");
            update.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            update.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Sequence).ToArray() });
            await update.ExecuteNonQueryAsync();
            dispatched += batch.Count;
        }

        handOver.Complete();
    }

    private static async Task ConsumeAsync(NpgsqlDataSource source, Guid messageId)
    {
        var consumerId = Guid.Empty;
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var select = new NpgsqlCommand("""SELECT "Id" FROM bench.inbox_state WHERE "MessageId" = $1 AND "ConsumerId" = $2""", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = messageId });
            select.Parameters.Add(new NpgsqlParameter { Value = consumerId });
            if (await select.ExecuteScalarAsync() is not null)
            {
                return;
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var inbox = new NpgsqlBatchCommand(
            """INSERT INTO bench.inbox_state ("MessageId", "ConsumerId", "ReceiveCount", "ReceivedAt", "ConsumedAt", "DeliveredAt") VALUES ($1, $2, 1, $3, $3, $3)""");
        inbox.Parameters.Add(new NpgsqlParameter { Value = messageId });
        inbox.Parameters.Add(new NpgsqlParameter { Value = consumerId });
        inbox.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        var effect = new NpgsqlBatchCommand("""INSERT INTO bench.bench_effects ("Id", "ConsumedAt") VALUES ($1, $2)""");
        effect.Parameters.Add(new NpgsqlParameter { Value = messageId });
        effect.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        batch.BatchCommands.Add(inbox);
        batch.BatchCommands.Add(effect);
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    /// <summary>A 1 KB payload as the JSON serializer stores it (base64 inside a MassTransit envelope), about 1.8 KB.</summary>
    private static readonly string Body =
        "{\"messageId\":\"" + Guid.Empty + "\",\"message\":{\"id\":\"" + Guid.Empty + "\",\"payload\":\"" + Convert.ToBase64String(new byte[1024]) + "\"},\"headers\":{}}";
}
