using ComplianceHub.Reporting.Registers;

namespace ComplianceHub.Reporting.ProcessingActivities;

/// <summary>The body of <c>POST /api/v1/processing-activities</c> and <c>PUT /api/v1/processing-activities/{id}</c> (a PUT replaces every field).</summary>
public sealed record ProcessingActivityRequest : IRegisterRequest
{
    /// <summary>Only for platform callers creating an entry: the organisation it belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>PUT only: the revision the change is based on, as last read; a newer one on the server answers 409.</summary>
    public int? Revision { get; init; }

    public string? Name { get; init; }

    /// <summary>Art. 30(1)(b).</summary>
    public IReadOnlyList<string?>? Purposes { get; init; }

    /// <summary>Art. 30(1)(c).</summary>
    public IReadOnlyList<string?>? DataSubjectCategories { get; init; }

    /// <summary>Art. 30(1)(c).</summary>
    public IReadOnlyList<string?>? PersonalDataCategories { get; init; }

    /// <summary>Art. 30(1)(d); empty when the data is disclosed to no one.</summary>
    public IReadOnlyList<string?>? RecipientCategories { get; init; }

    /// <summary>Art. 30(1)(e): ids of the organisation's entries in the transfer register.</summary>
    public IReadOnlyList<Guid>? Transfers { get; init; }

    /// <summary>Art. 30(1)(f): envisaged time limits for erasure.</summary>
    public string? Retention { get; init; }

    /// <summary>Art. 30(1)(g): the Art. 32(1) technical and organisational measures.</summary>
    public string? SecurityMeasures { get; init; }
}
