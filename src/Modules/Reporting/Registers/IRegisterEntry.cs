namespace ComplianceHub.Reporting.Registers;

/// <summary>What every register entry has: its organisation and the revision that guards concurrent changes (ADR 0013).</summary>
internal interface IRegisterEntry
{
    Guid Id { get; }

    Guid OrganizationId { get; }

    int Revision { get; set; }

    DateTimeOffset CreatedAt { get; }

    DateTimeOffset UpdatedAt { get; set; }
}
