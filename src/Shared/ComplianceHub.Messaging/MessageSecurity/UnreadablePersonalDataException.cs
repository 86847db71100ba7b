using System.Security.Cryptography;

namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>
/// A personal-data column holds something that is not ciphertext under a key of the ring: plaintext written around the
/// application, a value altered or copied from another record or field, or one whose key is gone. The caller never
/// gets the value. The message names the field and record id only, never the value.
/// </summary>
public sealed class UnreadablePersonalDataException : CryptographicException
{
    public UnreadablePersonalDataException()
    {
    }

    public UnreadablePersonalDataException(string message)
        : base(message)
    {
    }

    public UnreadablePersonalDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public UnreadablePersonalDataException(Guid recordId, string field, string reason, Exception? innerException)
        : base($"Personal-data field {field} of record {recordId} is {reason}; its value is not used.", innerException)
    {
        RecordId = recordId;
        Field = field;
    }

    public Guid RecordId { get; }

    public string Field { get; } = "";
}
