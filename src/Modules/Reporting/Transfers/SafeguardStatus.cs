namespace ComplianceHub.Reporting.Transfers;

/// <summary>Whether a transfer has a valid Chapter V ground today.</summary>
public enum SafeguardStatus
{
    /// <summary>An Art. 45 decision covers the destination today.</summary>
    Adequate,

    /// <summary>SCC or BCR (Art. 46, 47) with an impact assessment on file, not expired.</summary>
    Safeguarded,

    /// <summary>The safeguard's term, or the adequacy decision relied on, has lapsed.</summary>
    Expired,

    /// <summary>Adequacy is claimed but no decision covers the destination.</summary>
    Inadequate,

    /// <summary>SCC or BCR without a transfer impact assessment.</summary>
    MissingImpactAssessment,

    /// <summary>An Art. 49 derogation: exceptional, for occasional transfers only; the DPO reviews each.</summary>
    Derogation,
}
