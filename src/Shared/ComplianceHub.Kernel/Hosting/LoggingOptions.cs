using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Hosting;

/// <summary>Bound from <c>Logging</c>; levels come from the <c>Serilog:MinimumLevel</c> section.</summary>
public sealed class LoggingOptions : IValidatedOptions
{
    public const string Section = "Logging";

    public LogFormat Format { get; set; } = LogFormat.Text;

    public IEnumerable<string> Validate(string section) =>
        new[] { ConfigurationChecks.Defined($"{section}:Format", Format) }.OfType<string>();
}
