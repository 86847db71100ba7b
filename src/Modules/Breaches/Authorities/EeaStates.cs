namespace ComplianceHub.Breaches.Authorities;

/// <summary>
/// The 30 states where the GDPR applies: the 27 EU member states plus Iceland, Liechtenstein and Norway (EEA
/// Agreement). The catalogue must name exactly one authority for each.
/// </summary>
internal static class EeaStates
{
    public static readonly IReadOnlyList<string> All =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
        "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    ];
}
