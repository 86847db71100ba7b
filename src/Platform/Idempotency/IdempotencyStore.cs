using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.Shared.Http.Idempotency;

/// <summary>Reads, claims and completes stored answers; bodies are encrypted at rest (they may carry personal data, Art. 32).</summary>
internal sealed class IdempotencyStore(IdempotencyDbContext db, DatabaseOptions database, PersonalDataProtector personalData, TimeProvider clock)
{
    private const string BodyField = "idempotency-body";

    /// <summary>The committed answer stored under the scoped key, if any.</summary>
    public Task<IdempotencyRecord?> FindAsync(string keyHash, CancellationToken cancellationToken) =>
        db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.KeyHash == keyHash, cancellationToken);

    /// <summary>The stored answer again, or 422 when the key was first used for a different request.</summary>
    public IResult Replay(IdempotencyRecord record, string fingerprint)
    {
        if (!string.Equals(record.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [IdempotencyKey.Header] = ["This key was already used for a different request (method, path or body); use a new key."],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Idempotency-Key reused for a different request",
            });
        }

        var body = Convert.FromBase64String(personalData.Unprotect(record.Body, record.Id, BodyField));
        return new CapturedResponse(record.StatusCode, record.Location, record.ContentType, body, replayed: true);
    }

    /// <summary>A context for the record on the connection and in the open transaction of <paramref name="changes"/>.</summary>
    public Task<IdempotencyDbContext> EnlistAsync(DbContext changes, CancellationToken cancellationToken) =>
        EnlistedContext.CreateAsync<IdempotencyDbContext>(changes, database.Provider, options => new IdempotencyDbContext(options), cancellationToken);

    /// <summary>
    /// Inserts the key before the handler runs: a concurrent request with the same key waits on the unique index
    /// until this transaction ends, then fails (this one committed) or proceeds (this one rolled back).
    /// </summary>
    public IdempotencyRecord Claim(IdempotencyDbContext records, string keyHash, string fingerprint)
    {
        var record = new IdempotencyRecord
        {
            Id = NewId.NextGuid(),
            KeyHash = keyHash,
            Fingerprint = fingerprint,
            CreatedAt = Instants.Normalize(clock.GetUtcNow()),
        };
        records.Records.Add(record);
        return record;
    }

    /// <summary>Fills the claimed record with the answer; it commits with the handler's changes.</summary>
    public void Complete(IdempotencyRecord record, CapturedResponse answer)
    {
        record.StatusCode = answer.StatusCode;
        record.Location = answer.Location;
        record.ContentType = answer.ContentType;
        record.Body = personalData.Protect(Convert.ToBase64String(answer.Body), record.Id, BodyField);
    }
}
