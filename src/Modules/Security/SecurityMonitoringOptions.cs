using ComplianceHub.Security.Rules;
using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Security;

/// <summary>Bound from <c>Modules:Security</c>.</summary>
public sealed class SecurityMonitoringOptions : IValidatedOptions
{
    public const string Section = "Modules:Security";

    /// <summary>The thresholds of every organisation that has not set its own.</summary>
    public RuleThresholds Rules { get; set; } = new();

    /// <summary>How often the scheduled check looks for systems without a recent successful backup verification.</summary>
    public TimeSpan BackupCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Events accepted ahead of the clock (sources' clocks drift); later ones are refused.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Base64 of 32 to 128 random bytes: the HMAC key of principals' pseudonyms (Art. 4(5)), kept apart from the message
    /// keys so rotating those changes no pseudonym and restarts no baseline. Required once message keys are
    /// configured (every host must compute the same pseudonyms); without it the embedded mode generates one under
    /// the data directory. Changing it starts new pseudonyms.
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>
    /// Events of the same source that arrived after an evaluation message's own and are still waiting for theirs, taken
    /// into that evaluation (in arrival order, whole submissions only): a source whose messages queue up is caught up by
    /// one evaluation instead of one per message. 0 evaluates each message's events alone.
    /// </summary>
    public int EvaluationLookAhead { get; set; } = 1000;

    public IEnumerable<string> Validate(string section)
    {
        if (ConfigurationChecks.InRange($"{section}:EvaluationLookAhead", EvaluationLookAhead, 0, 10_000) is { } lookAhead)
        {
            yield return lookAhead;
        }

        if (PseudonymKey is not null && PseudonymKeyBytes() is null)
        {
            yield return $"{section}:PseudonymKey must be base64 of 32 to 128 bytes.";
        }

        foreach (var (field, message) in Rules.Problems())
        {
            yield return $"{section}:Rules:{char.ToUpperInvariant(field[0])}{field[1..]}: {message}";
        }

        if (ConfigurationChecks.Interval($"{section}:BackupCheckInterval", BackupCheckInterval) is { } interval)
        {
            yield return interval;
        }

        if (MaxClockSkew < TimeSpan.Zero)
        {
            yield return $"{section}:MaxClockSkew must not be negative.";
        }
    }

    /// <summary>The decoded key, or null when unset or not base64 of 32 to 128 bytes.</summary>
    internal byte[]? PseudonymKeyBytes()
    {
        var text = PseudonymKey?.Trim() ?? "";
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written is >= 32 and <= 128 ? buffer[..written] : null;
    }
}
