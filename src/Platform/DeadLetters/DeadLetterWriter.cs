using System.Text.Json;
using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Failures;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>Turns a failed receive into a dead-letter entry: the message encrypted, the failure and its attempts in clear.</summary>
public sealed class DeadLetterWriter(IServiceScopeFactory scopes, MessageKeyRing keys, IAuditTrail audit, TimeProvider clock, ILogger<DeadLetterWriter> logger)
    : IDeadLetterStore
{
    /// <summary>Carried by a replayed message: the entry it came from.</summary>
    public const string EntryHeader = "CH-DeadLetter-Id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="alsoPublish">Messages to publish in the same transaction as the entry (entry id, message id, time).</param>
    public async Task<Guid> StoreAsync(
        ReceiveContext context,
        Exception? exception,
        string? reason,
        CancellationToken cancellationToken,
        Func<IModuleOutbox<DeadLetterDbContext>, Guid, Guid?, DateTimeOffset, Task>? alsoPublish = null)
    {
        var now = clock.GetUtcNow();

        // Kept readable inside the entry's own encryption, so a replay is encrypted again under the then active key.
        var (contentType, body, _) = EncryptedMessages.TryOpen(keys, context.ContentType?.ToString(), context.Body.GetBytes());
        var (messageId, messageType) = Identify(body, context.GetMessageId(), context.TransportHeaders.Get<string>("MT-MessageType"));
        var attempts = context.TryGetPayload<RetryHistory>(out var history) ? history.Attempts : [];
        var kind = attempts.Count > 0 ? attempts[^1].Kind : exception is null ? FailureKind.Permanent : FailureClassifier.Classify(exception);
        var exceptionType = exception?.GetType().FullName ?? "none";
        var id = NewId.NextGuid();
        var payload = new DeadLetterPayload(
            contentType,
            Convert.ToBase64String(body),
            context.TransportHeaders.GetAll().ToDictionary(h => h.Key, h => ReceivedMessages.HeaderText(h.Value), StringComparer.Ordinal),
            [.. attempts.Select(a => $"{a.Attempt}: {a.ErrorType}: {a.Error}"), .. exception is null ? [] : new[] { exception.Message }]);
        var entry = NewEntry(
            id, messageId, messageType, ReceivedMessages.QueueOf(context.InputAddress), reason ?? ReasonFor(kind, attempts.Count, exceptionType), exceptionType,
            attempts.Count > 0 ? attempts[0].FailedAt : now, now,
            JsonSerializer.Serialize(attempts.Select(a => new { a.Attempt, a.FailedAt, a.Kind, a.ErrorType, a.Delay }), Json), payload);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        async Task SaveWithAuditAsync(Guid entryId, bool returned)
        {
            if (alsoPublish is not null)
            {
                await alsoPublish(scope.ServiceProvider.GetRequiredService<IModuleOutbox<DeadLetterDbContext>>(), entryId, messageId, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(Stored(entryId, messageId, messageType, ReceivedMessages.QueueOf(context.InputAddress), entry.Reason, returned), db, cancellationToken);
        }

        if (ReplayedEntry(context, body) is { } replayed && await db.DeadLetters.FindAsync([replayed], cancellationToken) is { } existing)
        {
            // A replay failed again: the entry comes back with its history extended.
            var previous = Decrypt(existing);
            var allAttempts = JsonSerializer.Deserialize<List<JsonElement>>(existing.Attempts, Json) ?? [];
            allAttempts.AddRange(JsonSerializer.Deserialize<List<JsonElement>>(entry.Attempts, Json) ?? []);
            existing.FailureCount++;
            existing.LastFailedAt = now;
            existing.Reason = entry.Reason;
            existing.ExceptionType = entry.ExceptionType;
            existing.ReplayedAt = null;
            existing.Attempts = JsonSerializer.Serialize(allAttempts, Json);
            existing.Payload = keys.Encrypt(
                JsonSerializer.SerializeToUtf8Bytes(previous with { Errors = [.. previous.Errors, .. payload.Errors] }, Json), existing.Id.ToByteArray());
            await SaveWithAuditAsync(existing.Id, returned: true);
            await transaction.CommitAsync(cancellationToken);
            return existing.Id;
        }

        db.DeadLetters.Add(entry);
        await SaveWithAuditAsync(id, returned: false);
        await transaction.CommitAsync(cancellationToken);
        try
        {
            await scope.ServiceProvider.GetRequiredService<DeadLetterAlerts>().CheckAsync(now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The entry is stored; the next maintenance pass checks the threshold again.
            logger.LogWarning(ex, "Dead-letter alert check failed after storing {DeadLetterId}", id);
        }

        return id;
    }

    Task<Guid> IDeadLetterStore.StoreAsync(ReceiveContext context, Exception? exception, string? reason, CancellationToken cancellationToken) =>
        StoreAsync(context, exception, reason, cancellationToken);

    /// <summary>
    /// Quarantines a message no consumer may see (a failed security check): stored as a dead letter, with the security
    /// event <see cref="MessageQuarantined"/> published in the same transaction.
    /// </summary>
    public Task<Guid> QuarantineAsync(ReceiveContext context, string reason, string check, string? keyId) =>
        StoreAsync(context, exception: null, reason, context.CancellationToken, (outbox, entryId, messageId, at) =>
            outbox.PublishEndpoint.Publish(new MessageQuarantined
            {
                DeadLetterId = entryId, MessageId = messageId, Queue = ReceivedMessages.QueueOf(context.InputAddress), Check = check, KeyId = keyId, At = at,
            }));

    /// <summary>The entry a received message was replayed from, if it was (<paramref name="body"/>: the readable body).</summary>
    private static Guid? ReplayedEntry(ReceiveContext context, byte[] body)
    {
        if (context.TransportHeaders.TryGetHeader(EntryHeader, out var value) && ParseEntry(value) is { } id)
        {
            return id;
        }

        // RabbitMQ may carry the header only inside the envelope: read it there.
        try
        {
            using var envelope = JsonDocument.Parse(body);
            return envelope.RootElement.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
                && headers.TryGetProperty(EntryHeader, out var header) && header.ValueKind == JsonValueKind.String
                && Guid.TryParse(header.GetString(), out var fromEnvelope)
                    ? fromEnvelope
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The entry id of a header value as transports deliver it (string, or AMQP bytes).</summary>
    public static Guid? ParseEntry(object? value) => value switch
    {
        string text when Guid.TryParse(text, out var id) => id,
        byte[] bytes when Guid.TryParse(System.Text.Encoding.UTF8.GetString(bytes), out var id) => id,
        _ when Guid.TryParse(value?.ToString(), out var id) => id,
        _ => null,
    };

    public DeadLetterPayload Decrypt(DeadLetter entry) =>
        JsonSerializer.Deserialize<DeadLetterPayload>(keys.Decrypt(entry.Payload, entry.Id.ToByteArray()), Json)!;

    private static string ReasonFor(FailureKind kind, int attempts, string exceptionType) => kind switch
    {
        FailureKind.Permanent => $"Permanent failure: {exceptionType}",
        _ => $"Retries exhausted after {attempts} attempts: {exceptionType}",
    };

    /// <summary>
    /// A message left in a broker's <c>_error</c> or <c>_skipped</c> queue (by an earlier version, or while the store was
    /// down), brought into the store by the drainer. MassTransit's fault headers say what failed.
    /// </summary>
    public async Task<Guid> StoreDrainedAsync(
        byte[] body, string? contentType, Dictionary<string, string?> headers, string drainedQueue, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        (contentType, body, _) = EncryptedMessages.TryOpen(keys, contentType, body);
        var (messageId, messageType) = Identify(
            body, Guid.TryParse(headers.GetValueOrDefault("MessageId"), out var id) ? id : null, headers.GetValueOrDefault("MT-MessageType"));
        var skipped = drainedQueue.EndsWith("_skipped", StringComparison.Ordinal);
        var sourceQueue = drainedQueue[..drainedQueue.LastIndexOf('_')];
        var exceptionType = headers.GetValueOrDefault("MT-Fault-ExceptionType") ?? "none";
        var reason = skipped ? SkippedMessageFilter.Reason : $"Drained from {drainedQueue}: {exceptionType}";
        var entryId = NewId.NextGuid();
        var payload = new DeadLetterPayload(contentType, Convert.ToBase64String(body), headers,
            headers.GetValueOrDefault("MT-Fault-Message") is { } message ? [message] : []);
        var failedAt = DateTimeOffset.TryParse(headers.GetValueOrDefault("MT-Fault-Timestamp"), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeadLetterDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.DeadLetters.Add(NewEntry(entryId, messageId, messageType, sourceQueue, reason, exceptionType, failedAt, now, "[]", payload));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(Stored(entryId, messageId, messageType, sourceQueue, reason, returned: false), db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entryId;
    }

    private static AuditRecord Stored(Guid entryId, Guid? messageId, string messageType, string queue, string reason, bool returned) => new(
        AuditTypes.DeadLettered, AuditRecord.SystemActor, $"dead-letter:{entryId}",
        new Dictionary<string, string?>
        {
            ["messageId"] = messageId?.ToString(), ["messageType"] = messageType, ["queue"] = queue, ["reason"] = reason,
            ["replayFailed"] = returned ? "true" : null,
        });

    private DeadLetter NewEntry(
        Guid id, Guid? messageId, string messageType, string queue, string reason, string exceptionType,
        DateTimeOffset firstFailedAt, DateTimeOffset now, string attempts, DeadLetterPayload payload) => new()
    {
        Id = id,
        MessageId = messageId,
        MessageType = Truncate(messageType, 500),
        SourceQueue = Truncate(queue, 256),
        Reason = Truncate(reason, 300),
        ExceptionType = Truncate(exceptionType, 500),
        FailureCount = 1,
        FirstFailedAt = firstFailedAt,
        LastFailedAt = now,
        Impact = DeadLetterImpact.Of(messageType),
        Attempts = attempts,
        Payload = keys.Encrypt(JsonSerializer.SerializeToUtf8Bytes(payload, Json), id.ToByteArray()),
    };

    /// <summary>Message id and type from the MassTransit envelope, else the given fallbacks (transport headers).</summary>
    private static (Guid? Id, string Type) Identify(byte[] body, Guid? fallbackId, string? fallbackType)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            var id = root.TryGetProperty("messageId", out var m) && m.TryGetGuid(out var g) ? g : (Guid?)null;
            var type = root.TryGetProperty("messageType", out var t) && t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0
                ? t[0].GetString()
                : null;
            return (id ?? fallbackId, type ?? fallbackType ?? "unknown");
        }
        catch (JsonException)
        {
            return (fallbackId, fallbackType ?? "unknown");
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
