namespace ComplianceHub.Breaches.Domain;

/// <summary>The controller's assessment of the risk to people's rights and freedoms (Art. 33(1), 34(1)).</summary>
public enum RiskLevel
{
    /// <summary>Unlikely to result in a risk: no notification (Art. 33(1)), but still documented (Art. 33(5)).</summary>
    NoRisk = 1,

    /// <summary>Notify the supervisory authority within 72 hours.</summary>
    Risk = 2,

    /// <summary>Also tell the people affected without undue delay (Art. 34(1)).</summary>
    HighRisk = 3,
}
