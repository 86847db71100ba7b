namespace ComplianceHub.Reporting.Registers;

/// <summary>A processor engaged by the controller (Art. 28): the contract, its sub-processors and when it was last audited.</summary>
internal sealed class Processor : IRegisterEntry
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public int Revision { get; set; }

    public string Name { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 of the processor's establishment.</summary>
    public string Country { get; set; } = "";

    /// <summary>When the Art. 28(3) data processing agreement was signed; none means no DPA.</summary>
    public DateOnly? DpaSignedOn { get; set; }

    /// <summary>Art. 28(2): the sub-processors the controller authorised.</summary>
    public List<string> SubProcessors { get; set; } = [];

    /// <summary>Art. 28(3)(h): the last audit or inspection.</summary>
    public DateOnly? LastAuditOn { get; set; }

    public ProcessorStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
