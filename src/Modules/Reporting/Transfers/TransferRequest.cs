using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Transfers;

/// <summary>The body of <c>POST /api/v1/transfers</c> and <c>PUT /api/v1/transfers/{id}</c> (a PUT replaces every field).</summary>
public sealed record TransferRequest : IRegisterRequest
{
    /// <summary>Only for platform callers creating an entry: the organisation it belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>PUT only: the revision the change is based on, as last read; a newer one on the server answers 409.</summary>
    public int? Revision { get; init; }

    /// <summary>Who receives the data in the third country (a company, or an international organisation).</summary>
    public string? Recipient { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of a country outside the EEA.</summary>
    public string? DestinationCountry { get; init; }

    /// <summary><c>Adequacy</c> (Art. 45), <c>SCC</c> (Art. 46(2)(c)), <c>BCR</c> (Art. 47) or <c>Derogation</c> (Art. 49).</summary>
    public string? Mechanism { get; init; }

    /// <summary>When the transfer impact assessment was last done; expected for SCC and BCR.</summary>
    public DateOnly? ImpactAssessedOn { get; init; }

    /// <summary>When the safeguard lapses; none if open-ended.</summary>
    public DateOnly? ExpiresOn { get; init; }
}
