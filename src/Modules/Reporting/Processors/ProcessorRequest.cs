using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.Processors;

/// <summary>The body of <c>POST /api/v1/processors</c> and <c>PUT /api/v1/processors/{id}</c> (a PUT replaces every field).</summary>
public sealed record ProcessorRequest : IRegisterRequest
{
    /// <summary>Only for platform callers creating an entry: the organisation it belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>PUT only: the revision the change is based on, as last read; a newer one on the server answers 409.</summary>
    public int? Revision { get; init; }

    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 of the processor's establishment.</summary>
    public string? Country { get; init; }

    /// <summary>When the Art. 28(3) data processing agreement was signed; none while there is no DPA.</summary>
    public DateOnly? DpaSignedOn { get; init; }

    /// <summary>Art. 28(2): the sub-processors the controller authorised; may be empty.</summary>
    public IReadOnlyList<string?>? SubProcessors { get; init; }

    /// <summary>Art. 28(3)(h): the last audit or inspection.</summary>
    public DateOnly? LastAuditOn { get; init; }

    /// <summary><c>Onboarding</c>, <c>Active</c>, <c>Suspended</c> or <c>Terminated</c>.</summary>
    public string? Status { get; init; }
}
