namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// What every register entry has: its organisation and the revision that guards concurrent changes (ADR 0013). A new
/// entry starts empty: <see cref="RegisterCreation"/> stamps these, the validated fields of the request fill the rest.
/// </summary>
internal interface IRegisterEntry
{
    Guid Id { get; init; }

    Guid OrganizationId { get; init; }

    int Revision { get; set; }

    DateTimeOffset CreatedAt { get; init; }

    DateTimeOffset UpdatedAt { get; set; }
}
