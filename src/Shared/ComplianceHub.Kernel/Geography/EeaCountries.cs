namespace ComplianceHub.Shared.Residency;

/// <summary>The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway.</summary>
public static class EeaCountries
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
        "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    };

    public static bool Contains(string country) => Codes.Contains(country);
}
