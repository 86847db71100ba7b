using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Shared.Messaging;

/// <summary>The key that orders messages: the sender's <c>CH-Partition-Key</c> header, else the conversation (as the outbox orders them).</summary>
public static class PartitionKeys
{
    /// <summary>The header a sender sets to order its messages by a key of its own (e.g. one event source).</summary>
    public const string Header = OutboxRows.PartitionKeyHeader;

    public static Guid Of(ConsumeContext context) =>
        context.Headers.Get<string>(OutboxRows.PartitionKeyHeader) is { Length: > 0 } key
            ? new Guid(MD5.HashData(Encoding.UTF8.GetBytes(key)))
            : context.ConversationId ?? context.MessageId ?? Guid.Empty;
}
