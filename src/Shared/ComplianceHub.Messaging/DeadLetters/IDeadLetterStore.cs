namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Where the backbone puts a message that failed for good, that no consumer handles, or that must not be read
/// (a failed signature or residency check). The DeadLetters module keeps the store (encrypted, audited, replayable).
/// </summary>
public interface IDeadLetterStore
{
    /// <summary>Stores the received message with why it failed; returns the entry's id.</summary>
    Task<Guid> StoreAsync(ReceiveContext context, Exception? exception, string? reason, CancellationToken cancellationToken);

    /// <summary>Stores a message no consumer may see, with the security event raised in the same transaction.</summary>
    Task<Guid> QuarantineAsync(ReceiveContext context, string reason, string check, string? keyId);
}

/// <summary>How a received message's queue and headers read as text.</summary>
public static class ReceivedMessages
{
    /// <summary>The queue's name, without the virtual host.</summary>
    public static string QueueOf(Uri inputAddress) => inputAddress.AbsolutePath.TrimEnd('/').Split('/')[^1];

    /// <summary>A header's value as text (AMQP delivers string headers as bytes).</summary>
    public static string? HeaderText(object? value) => value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value?.ToString();
}

/// <summary>The erasure of a data subject reaching the dead-letter store (Art. 17): kept by the DeadLetters module.</summary>
public interface IDeadLetterErasure
{
    /// <summary>
    /// Deletes the entries of these messages, each deletion audited with <paramref name="reason"/>, in the open
    /// transaction of <paramref name="changes"/> (they commit with it); returns how many.
    /// </summary>
    Task<int> EraseAsync(
        IReadOnlyCollection<Guid> messageIds, string reason, Guid? organizationId, DbContext changes,
        CancellationToken cancellationToken);
}
