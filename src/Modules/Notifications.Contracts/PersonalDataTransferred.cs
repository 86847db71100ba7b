namespace ComplianceHub.Notifications.Contracts;

/// <summary>
/// A delivery handed personal data (a DPO's contact data, an alert's text) to a channel provider in a third country
/// (Chapter V): recorded for the quarterly Cross-border Transfer Audit. Names the basis it relied on, never the data.
/// </summary>
public sealed record PersonalDataTransferred
{
    /// <summary>The delivery attempt's id: the same delivery is counted once however often this is redelivered.</summary>
    public required Guid DeliveryAttemptId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>The transfer register entry relied on; null when an Art. 45 adequacy decision alone covers the country.</summary>
    public Guid? TransferId { get; init; }

    /// <summary><c>Adequacy</c>, <c>SCC</c> or <c>BCR</c>.</summary>
    public required string Basis { get; init; }

    /// <summary><c>Email</c> or <c>Sms</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The provider as configured (<c>Modules:Notifications:{Channel}:ProviderName</c>): the recipient of the transfer.</summary>
    public required string Recipient { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the provider's country.</summary>
    public required string DestinationCountry { get; init; }

    public required DateTimeOffset TransferredAt { get; init; }
}
