using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit.Serialization;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Sends a dead-lettered message back to the queue it failed on, through the store's own outbox: the replay is
/// recorded on the entry and the message leaves in one transaction, so a replay is never lost nor sent twice.
/// </summary>
public sealed class DeadLetterReplays(DeadLetterDbContext db, DeadLetterWriter writer, MessageKeyRing keys, TimeProvider clock)
{
    public async Task<Guid> ReplayAsync(DeadLetter entry, CancellationToken cancellationToken)
    {
        var payload = writer.Decrypt(entry);
        var now = clock.GetUtcNow();
        var headers = payload.Headers
            .Where(h => h.Value is not null)
            .Where(h => !h.Key.StartsWith("MT-Fault", StringComparison.OrdinalIgnoreCase) && !h.Key.StartsWith("MT-Reason", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => (object)h.Value!, StringComparer.OrdinalIgnoreCase);
        headers[DeadLetterWriter.EntryHeader] = entry.Id.ToString();
        var messageId = entry.MessageId ?? NewId.NextGuid();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            PartitionKey = entry.Id.ToString("N"),
            CreatedAt = now,
            MessageId = messageId,
            // The queue's own exchange: a `queue:` address would re-declare the queue without its quorum type, which
            // RabbitMQ refuses (PRECONDITION_FAILED) and the send would never be confirmed.
            DestinationAddress = $"exchange:{entry.SourceQueue}",
            SentTime = now,
            ContentType = payload.ContentType ?? "application/vnd.masstransit+json",
            MessageType = entry.MessageType,
            // Sealed at rest like every outbox body: the payload may hold personal data (ADR 0007).
            Body = OutboxBodies.Seal(keys, messageId, Marked(Encoding.UTF8.GetString(Convert.FromBase64String(payload.Body)), entry.Id)),
            Headers = SystemTextJsonMessageSerializer.Instance.SerializeDictionary(headers),
        });
        entry.ReplayedAt = now;
        entry.Replays++;
        await db.SaveChangesAsync(cancellationToken);
        return messageId;
    }

    /// <summary>
    /// Puts the entry id into the envelope's headers: the outbox sends an envelope's own headers (and only MassTransit's
    /// from the row), and the receiving side needs it to tell a replay's outcome.
    /// </summary>
    private static string Marked(string body, Guid entryId)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject envelope)
            {
                if (envelope["headers"] is not JsonObject headers)
                {
                    envelope["headers"] = headers = [];
                }

                headers[DeadLetterWriter.EntryHeader] = entryId.ToString();
                return envelope.ToJsonString();
            }
        }
        catch (JsonException)
        {
            // Not a JSON envelope: replayed as it is; its outcome then shows as a new entry or none.
        }

        return body;
    }
}
