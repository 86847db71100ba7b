namespace ComplianceHub.Reporting.Registers;

/// <summary>A transfer of personal data to a third country or international organisation (Art. 44–49).</summary>
internal sealed class Transfer : IRegisterEntry
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public int Revision { get; set; }

    public string Recipient { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string DestinationCountry { get; set; } = "";

    public TransferMechanism Mechanism { get; set; }

    /// <summary>When the transfer impact assessment was last done (Schrems II); required for SCC and BCR.</summary>
    public DateOnly? ImpactAssessedOn { get; set; }

    /// <summary>When the safeguard lapses (contract term, BCR approval, adequacy review); none if open-ended.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
