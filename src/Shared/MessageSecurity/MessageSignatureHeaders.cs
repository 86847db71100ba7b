namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>Transport headers of a signed message (the body itself is what is signed, with the timestamp).</summary>
public static class MessageSignatureHeaders
{
    public const string Signature = "CH-Signature";
    public const string KeyId = "CH-Signature-Key";
    public const string Timestamp = "CH-Signature-Timestamp";
}
