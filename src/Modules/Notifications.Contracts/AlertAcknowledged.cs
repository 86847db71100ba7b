namespace ComplianceHub.Notifications.Contracts;

/// <summary>A person acknowledged an alert: its escalation stops.</summary>
public sealed record AlertAcknowledged
{
    public required Guid AlertId { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary>The caller id or the DPO id of a signed link; never a name.</summary>
    public required string AcknowledgedBy { get; init; }

    public required DateTimeOffset AcknowledgedAt { get; init; }
}
