namespace ComplianceHub.Shared.Residency;

/// <summary>The residency tag every message carries: where its personal data may be processed.</summary>
public static class ResidencyHeaders
{
    public const string Residency = "CH-Residency";

    public const string Eea = "EEA";
}
