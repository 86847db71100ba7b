namespace ComplianceHub.Notifications.Acknowledge;

/// <summary>What an acknowledgement link says, once its signature and expiry are checked.</summary>
public sealed record AcknowledgeLinkResult(AcknowledgeLinkState State, Guid AlertId, Guid DpoId)
{
    public static readonly AcknowledgeLinkResult Invalid = new(AcknowledgeLinkState.Invalid, Guid.Empty, Guid.Empty);

    public static AcknowledgeLinkResult Expired(Guid alertId, Guid dpoId) => new(AcknowledgeLinkState.Expired, alertId, dpoId);

    public static AcknowledgeLinkResult Valid(Guid alertId, Guid dpoId) => new(AcknowledgeLinkState.Valid, alertId, dpoId);
}
