using ComplianceHub.Notifications.Channels;

namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// One attempt to deliver an alert, as <see cref="DeliveryEvidence"/> keeps it: to which recipient on which channel at
/// which escalation level, with what outcome; the address (encrypted when kept), the provider's id and the error when
/// there are.
/// </summary>
internal sealed record AttemptEvidence(Guid AlertId, ChannelKind Channel, Guid RecipientId, int Level, DeliveryOutcome Outcome)
{
    public string? Address { get; init; }

    public string? ProviderMessageId { get; init; }

    public string? Error { get; init; }
}
