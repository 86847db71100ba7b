namespace ComplianceHub.Shared.Identity;

/// <summary>The roles of PRODUCT.md plus Operator; docs/security.md holds the role × endpoint matrix.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Dpo = "Dpo";
    public const string SecurityOfficer = "SecurityOfficer";
    public const string ComplianceAnalyst = "ComplianceAnalyst";
    public const string Auditor = "Auditor";
    public const string Integration = "Integration";

    /// <summary>Runs the platform: health, metrics, circuit breakers, dead-letter triage and replay.</summary>
    public const string Operator = "Operator";

    public static readonly IReadOnlyList<string> All = [Admin, Dpo, SecurityOfficer, ComplianceAnalyst, Auditor, Integration, Operator];
}
