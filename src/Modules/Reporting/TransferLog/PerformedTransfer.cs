namespace ComplianceHub.Reporting.TransferLog;

/// <summary>
/// One delivery that handed personal data to a channel provider in a third country (from Notifications'
/// <c>PersonalDataTransferred</c>): what the Cross-border Transfer Audit counts per register entry (Art. 30(1)(e), 5(2)).
/// </summary>
internal sealed class PerformedTransfer
{
    /// <summary>The delivery attempt's id: a redelivered event finds its row and adds nothing.</summary>
    public Guid DeliveryAttemptId { get; init; }

    public Guid OrganizationId { get; init; }

    /// <summary>The register entry relied on; null when an Art. 45 adequacy decision alone covered the country.</summary>
    public Guid? TransferId { get; init; }

    public required string Basis { get; init; }

    public required string Channel { get; init; }

    public required string Recipient { get; init; }

    public required string DestinationCountry { get; init; }

    public DateTimeOffset TransferredAt { get; init; }
}
