namespace ComplianceHub.Reporting.Registers;

/// <summary>One record of processing activities (Art. 30(1)); the controller's name and contact come from the organisation.</summary>
internal sealed class ProcessingActivity : IRegisterEntry
{
    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    /// <summary>Changes with every update: two concurrent updates cannot both succeed.</summary>
    public int Revision { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Art. 30(1)(b).</summary>
    public List<string> Purposes { get; set; } = [];

    /// <summary>Art. 30(1)(c).</summary>
    public List<string> DataSubjectCategories { get; set; } = [];

    /// <summary>Art. 30(1)(c).</summary>
    public List<string> PersonalDataCategories { get; set; } = [];

    /// <summary>Art. 30(1)(d).</summary>
    public List<string> RecipientCategories { get; set; } = [];

    /// <summary>Art. 30(1)(e): ids of entries in the transfer register.</summary>
    public List<Guid> Transfers { get; set; } = [];

    /// <summary>Art. 30(1)(f): envisaged time limits for erasure.</summary>
    public string Retention { get; set; } = "";

    /// <summary>Art. 30(1)(g): a general description of the Art. 32(1) measures.</summary>
    public string SecurityMeasures { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
