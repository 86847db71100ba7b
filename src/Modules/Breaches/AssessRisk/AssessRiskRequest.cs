namespace ComplianceHub.Breaches.AssessRisk;

/// <summary>The body of <c>POST /api/v1/breaches/{id}/assessment</c>.</summary>
public sealed record AssessRiskRequest
{
    /// <summary><c>NoRisk</c>, <c>Risk</c> or <c>HighRisk</c> (Art. 33(1), 34(1)).</summary>
    public string? RiskLevel { get; init; }

    /// <summary>Why; for NoRisk this is the Art. 33(5) reason the breach is not notified.</summary>
    public string? Rationale { get; init; }
}
