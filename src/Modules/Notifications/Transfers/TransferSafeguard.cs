namespace ComplianceHub.Notifications.Transfers;

/// <summary>
/// This module's copy of one transfer register entry (Reporting owns the register): kept from
/// <c>TransferRegisterChanged</c> to decide whether a channel provider in a third country may receive personal data.
/// </summary>
internal sealed class TransferSafeguard
{
    public Guid TransferId { get; init; }

    public Guid OrganizationId { get; set; }

    /// <summary>The register entry's revision this copy reflects: older messages are ignored.</summary>
    public int Revision { get; set; }

    public required string Recipient { get; set; }

    public required string DestinationCountry { get; set; }

    /// <summary><c>Adequacy</c>, <c>SCC</c>, <c>BCR</c> or <c>Derogation</c>, as the register names it.</summary>
    public required string Mechanism { get; set; }

    public DateOnly? ImpactAssessedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The entry was deleted; the row stays so that a late copy of an older change cannot bring it back.</summary>
    public bool Removed { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
