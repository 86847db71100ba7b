using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.Messaging.Outbox;
using MassTransit;

namespace ComplianceHub.Shared.Messaging;

/// <summary>The key that orders messages: the sender's <c>CH-Partition-Key</c> header, else the conversation (as the outbox orders them).</summary>
public static class PartitionKeys
{
    public static Guid Of(ConsumeContext context) =>
        context.Headers.Get<string>(OutboxRows.PartitionKeyHeader) is { Length: > 0 } key
            ? new Guid(MD5.HashData(Encoding.UTF8.GetBytes(key)))
            : context.ConversationId ?? context.MessageId ?? Guid.Empty;
}
