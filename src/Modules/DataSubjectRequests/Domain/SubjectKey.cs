namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>
/// A request's own 256-bit data key, wrapped by the host key ring as a personal-data value (<c>pd1:</c>, bound to the
/// request and this property), so the ring's re-encryption job moves it to a new key like every other such column and
/// an old key can leave the ring. Every field about the subject is encrypted under it; deleting this row crypto-shreds
/// them all (Art. 17), wherever copies of the ciphertext remain.
/// </summary>
internal sealed class SubjectKey
{
    public Guid RequestId { get; init; }

    public required string WrappedKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
