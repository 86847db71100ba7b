namespace ComplianceHub.Security.Rules;

/// <summary>Priority of a vulnerability from its CVSS v3 base score (the qualitative rating scale of CVSS v3.x, Low merged with None).</summary>
internal static class CvssPriority
{
    public const string Name = "VulnerabilityFound";

    public static AlertPriority Of(decimal score) => score switch
    {
        >= 9.0m => AlertPriority.Critical,
        >= 7.0m => AlertPriority.High,
        >= 4.0m => AlertPriority.Medium,
        _ => AlertPriority.Low,
    };

    public static bool IsValid(decimal? score) => score is >= 0m and <= 10m;
}
