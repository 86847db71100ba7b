namespace ComplianceHub.Breaches.Domain;

/// <summary>
/// A personal data breach as recorded for the Art. 33(5) register: the facts, the assessment and what was done.
/// The workflow state and its timers live in the saga (<c>BreachWorkflow</c>); these are the records the API validates
/// commands against.
/// </summary>
internal sealed class Breach
{
    public Guid Id { get; init; }

    /// <summary>The controller (or processor) whose breach this is; no other organisation ever sees it.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>Changes with every recorded command: two concurrent commands on one breach cannot both succeed.</summary>
    public int Revision { get; set; }

    /// <summary>Encrypted at rest, as is every free text below: it is about people.</summary>
    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Source { get; set; }

    /// <summary>The detection this breach was opened from (e.g. <c>security/{detectionId}</c>); unique.</summary>
    public string? LinkedSource { get; init; }

    public DateTimeOffset DetectedAt { get; init; }

    public DateTimeOffset AwareAt { get; init; }

    public DateTimeOffset AuthorityDeadline { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public required List<string> AffectedCountries { get; init; }

    public required List<string> DataCategories { get; init; }

    public bool SpecialCategoryData { get; init; }

    public int ApproxSubjectsAffected { get; init; }

    public int ApproxRecordsAffected { get; init; }

    public string? LikelyConsequences { get; set; }

    public string? MeasuresTaken { get; set; }

    public bool ReportedByProcessor { get; init; }

    /// <summary>The organisation's main establishment when reported (Art. 56); null if it has none in the EEA.</summary>
    public string? MainEstablishment { get; init; }

    /// <summary>Countries whose authority must receive an initial notification before the clock stops.</summary>
    public required List<string> RequiredAuthorities { get; init; }

    /// <summary>The DPO or other contact point for the authority (Art. 33(3)(b)); encrypted.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public RiskLevel? RiskLevel { get; set; }

    /// <summary>Why the risk is what it is; for a breach not notified, the Art. 33(5) reason. Encrypted.</summary>
    public string? RiskRationale { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }

    public string? AssessedBy { get; set; }

    public DateTimeOffset? SubjectsInformedAt { get; set; }

    public CommunicationChannel? SubjectChannel { get; set; }

    public int? SubjectRecipients { get; set; }

    public SubjectExemption? SubjectExemption { get; set; }

    /// <summary>Why the exemption applies (Art. 34(3)); encrypted.</summary>
    public string? SubjectExemptionRationale { get; set; }

    public DateTimeOffset? ControllerNotifiedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Encrypted.</summary>
    public string? ClosingSummary { get; set; }

    /// <summary>Art. 34 is settled: the people were told, or an exemption applies.</summary>
    public bool SubjectCommunicationSettled => SubjectsInformedAt is not null || SubjectExemption is not null;
}
