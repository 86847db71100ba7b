namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>
/// A request's own 256-bit data key, wrapped by the host key ring. Every field about the subject is encrypted under it;
/// deleting this row crypto-shreds them all (Art. 17), wherever copies of the ciphertext remain.
/// </summary>
internal sealed class SubjectKey
{
    public Guid RequestId { get; init; }

    public required byte[] WrappedKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
