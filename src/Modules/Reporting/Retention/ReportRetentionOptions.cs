using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Reporting.Retention;

/// <summary>
/// Bound from <c>Modules:Reporting:Retention</c>: how long generated reports are kept. They are the controller's
/// evidence of its registers and of its answers to rights requests (Art. 5(2)); kept no longer than needed (Art. 5(1)(e)).
/// </summary>
public sealed class ReportRetentionOptions : IValidatedOptions
{
    public const string Section = "Modules:Reporting:Retention";

    /// <summary>At least a year: a yearly audit must find last year's reports.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromDays(365);

    /// <summary>Completed and failed reports requested longer ago than this are deleted with their content.</summary>
    public TimeSpan Reports { get; set; } = TimeSpan.FromDays(3 * 365);

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            Reports < Minimum ? $"{section}:Reports must be at least {Minimum.TotalDays:0} days (was {Reports})." : null,
            ConfigurationChecks.Interval($"{section}:Interval", Interval),
        ];
        return errors.OfType<string>();
    }
}
