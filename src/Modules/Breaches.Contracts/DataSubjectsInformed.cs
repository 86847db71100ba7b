namespace ComplianceHub.Breaches.Contracts;

/// <summary>The people affected were told of a high-risk breach (Art. 34(1)), or an Art. 34(3) exemption was recorded.</summary>
public sealed record DataSubjectsInformed
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary>When they were told; absent for an exemption.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary><c>Encrypted</c>, <c>RiskMitigated</c> or <c>DisproportionateEffort</c> when no communication was owed (Art. 34(3)).</summary>
    public string? Exemption { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
