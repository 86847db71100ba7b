namespace ComplianceHub.Security.Rules;

/// <summary>
/// The thresholds of the Art. 32 rules; defaults from <c>Modules:Security:Rules</c>, overridden per organisation with
/// <c>PUT /api/v1/security-rules</c>.
/// </summary>
public sealed class RuleThresholds
{
    /// <summary>Denied attempts by one principal within <see cref="DeniedWindowMinutes"/> that raise "Unauthorized access attempts".</summary>
    public int DeniedAttempts { get; set; } = 10;

    public int DeniedWindowMinutes { get; set; } = 5;

    /// <summary>The window whose records read are compared with the principal's baseline.</summary>
    public int AccessWindowMinutes { get; set; } = 10;

    /// <summary>How many times the hourly baseline the window must exceed.</summary>
    public double BaselineMultiplier { get; set; } = 5;

    /// <summary>Below this many records in the window nothing is unusual, whatever the baseline (a new principal has none).</summary>
    public int MinimumRecords { get; set; } = 1000;

    /// <summary>Encryption keys older than this are against policy.</summary>
    public int KeyAgePolicyDays { get; set; } = 365;

    /// <summary>A system without a successful backup verification for this long raises an alert.</summary>
    public int BackupVerificationMaxAgeDays { get; set; } = 30;

    /// <summary>Systems known to hold personal data (besides events flagged <c>personalData</c>): encryption disabled there is a potential breach.</summary>
    public List<string> PersonalDataSystems
    {
        get => _personalDataSystems;
        set => _personalDataSystems = value ?? []; // JSON null reads as none
    }

    private List<string> _personalDataSystems = [];

    public RuleThresholds Copy() => new()
    {
        DeniedAttempts = DeniedAttempts,
        DeniedWindowMinutes = DeniedWindowMinutes,
        AccessWindowMinutes = AccessWindowMinutes,
        BaselineMultiplier = BaselineMultiplier,
        MinimumRecords = MinimumRecords,
        KeyAgePolicyDays = KeyAgePolicyDays,
        BackupVerificationMaxAgeDays = BackupVerificationMaxAgeDays,
        PersonalDataSystems = [.. PersonalDataSystems],
    };

    /// <summary>Each problem as (field in camelCase, message); empty when valid.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (DeniedAttempts is < 1 or > 100_000) yield return ("deniedAttempts", "Between 1 and 100000.");
        if (DeniedWindowMinutes is < 1 or > 1440) yield return ("deniedWindowMinutes", "Between 1 and 1440.");
        if (AccessWindowMinutes is < 1 or > 60) yield return ("accessWindowMinutes", "Between 1 and 60.");
        if (!double.IsFinite(BaselineMultiplier) || BaselineMultiplier < 1 || BaselineMultiplier > 1000) yield return ("baselineMultiplier", "Between 1 and 1000.");
        if (MinimumRecords is < 1 or > 100_000_000) yield return ("minimumRecords", "Between 1 and 100000000.");
        if (KeyAgePolicyDays is < 1 or > 3650) yield return ("keyAgePolicyDays", "Between 1 and 3650.");
        if (BackupVerificationMaxAgeDays is < 1 or > 365) yield return ("backupVerificationMaxAgeDays", "Between 1 and 365.");
        if (PersonalDataSystems.Count > 500) yield return ("personalDataSystems", "At most 500 systems.");
        for (var i = 0; i < PersonalDataSystems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(PersonalDataSystems[i]) || PersonalDataSystems[i].Length > 200)
            {
                yield return ($"personalDataSystems[{i}]", "A system name of 1 to 200 characters.");
            }
        }
    }

    public bool HoldsPersonalData(string system) =>
        PersonalDataSystems.Contains(system.Trim(), StringComparer.OrdinalIgnoreCase);
}
