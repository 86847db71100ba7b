namespace ComplianceHub.Shared.Configuration;

/// <summary>Raised while the host is being built; the host prints the errors and exits non-zero.</summary>
public sealed class InvalidConfigurationException(IReadOnlyList<string> errors)
    : Exception("Invalid configuration: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
