namespace ComplianceHub.Shared.Http.Outbound;

/// <summary>
/// Thrown by <see cref="OutboundAddressGuard"/> before a socket is opened. Its message names neither the host nor the
/// address (it ends up in delivery logs and dead letters that the caller who chose the URL can read); the kind of
/// address (e.g. <c>private</c>) is in <see cref="Kind"/> for our own logs.
/// </summary>
public sealed class OutboundRequestRefusedException : Exception
{
    public const string Reason = "refused: the receiver's address is not allowed";

    public OutboundRequestRefusedException()
        : base(Reason)
    {
        Kind = "";
    }

    public OutboundRequestRefusedException(string kind)
        : base(Reason) => Kind = kind;

    public OutboundRequestRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = "";
    }

    public string Kind { get; }
}
