namespace ComplianceHub.Shared.MessageSecurity;

/// <summary>The outcome of verifying a message's signature; anything but Valid quarantines the message.</summary>
public enum SignatureCheck
{
    Valid,
    Missing,
    UnknownKey,
    Invalid,
    Stale,

    /// <summary>Signed correctly, but for another queue: copied here from where it was sent.</summary>
    WrongDestination,
}
