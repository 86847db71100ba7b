using ComplianceHub.Security.Rules;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Security;

/// <summary>Bound from <c>Modules:Security</c>.</summary>
public sealed class SecurityOptions : IValidatedOptions
{
    public const string Section = "Modules:Security";

    /// <summary>The thresholds of every organisation that has not set its own.</summary>
    public RuleThresholds Rules { get; set; } = new();

    /// <summary>How often the scheduled check looks for systems without a recent successful backup verification.</summary>
    public TimeSpan BackupCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Events accepted ahead of the clock (sources' clocks drift); later ones are refused.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<string> Validate(string section)
    {
        foreach (var (field, message) in Rules.Problems())
        {
            yield return $"{section}:Rules:{char.ToUpperInvariant(field[0])}{field[1..]}: {message}";
        }

        if (ConfigurationChecks.Positive($"{section}:BackupCheckInterval", BackupCheckInterval) is { } interval)
        {
            yield return interval;
        }

        if (MaxClockSkew < TimeSpan.Zero)
        {
            yield return $"{section}:MaxClockSkew must not be negative.";
        }
    }
}
