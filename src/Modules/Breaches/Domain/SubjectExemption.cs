namespace ComplianceHub.Breaches.Domain;

/// <summary>Art. 34(3): when a high-risk breach need not be communicated to the people affected.</summary>
public enum SubjectExemption
{
    /// <summary>(a) The data was unintelligible to anyone not authorised, e.g. encrypted.</summary>
    Encrypted = 1,

    /// <summary>(b) Later measures ensure the high risk is no longer likely to materialise.</summary>
    RiskMitigated = 2,

    /// <summary>(c) It would involve disproportionate effort: a public communication is made instead.</summary>
    DisproportionateEffort = 3,
}
