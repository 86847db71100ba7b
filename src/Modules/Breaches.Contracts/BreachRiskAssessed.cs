namespace ComplianceHub.Breaches.Contracts;

/// <summary>The controller assessed the risk of a breach to people's rights and freedoms (Art. 33(1), 34(1)).</summary>
public sealed record BreachRiskAssessed
{
    public required Guid BreachId { get; init; }

    public Guid? OrganizationId { get; init; }

    /// <summary><c>NoRisk</c>, <c>Risk</c> or <c>HighRisk</c>.</summary>
    public required string RiskLevel { get; init; }

    /// <summary>A later assessment replaces an earlier one: consumers keep the one with the latest instant.</summary>
    public required DateTimeOffset AssessedAt { get; init; }
}
