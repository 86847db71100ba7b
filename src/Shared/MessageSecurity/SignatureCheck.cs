namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>The outcome of verifying a message's signature; anything but Valid quarantines the message.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    UnknownKey,
    Invalid,
    Stale,
}
