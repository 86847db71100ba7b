namespace ComplianceHub.Security;

/// <summary>Lengths the API accepts and the columns hold.</summary>
internal static class SecurityLimits
{
    public const int SourceLength = 100;
    public const int ExternalIdLength = 200;
    public const int NameLength = 200;
    public const int TitleLength = 300;
    public const int PrincipalLength = 320;
    public const int MaxBatch = 1000;
    public const int MaxScanIssues = 10_000;
}
