namespace ComplianceHub.Reporting.Contracts;

/// <summary>
/// An entry of the transfer register (Chapter V, Art. 44–49) was created, replaced or deleted. Published through the
/// Reporting outbox in the transaction of the change, so other modules can keep a copy of the safeguards in force
/// (Notifications refuses a third-country channel provider without one). Ordered by <see cref="Revision"/>: a copy
/// ignores a message older than what it holds; a deletion keeps the entry's last revision and wins over it.
/// Company names, countries and dates only: no personal data of data subjects.
/// </summary>
public sealed record TransferRegisterChanged
{
    public required Guid TransferId { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary>The entry's revision after the change (1 on creation); a deletion carries the last one.</summary>
    public required int Revision { get; init; }

    public required string Recipient { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the third country.</summary>
    public required string DestinationCountry { get; init; }

    /// <summary><c>Adequacy</c>, <c>SCC</c>, <c>BCR</c> or <c>Derogation</c>.</summary>
    public required string Mechanism { get; init; }

    public DateOnly? ImpactAssessedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    /// <summary>True when the entry was deleted: it is no basis for any transfer any more.</summary>
    public required bool Removed { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
