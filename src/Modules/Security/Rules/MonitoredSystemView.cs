namespace ComplianceHub.Security.Rules;

/// <summary>The backup facts of a system the stale rule reads.</summary>
internal sealed record MonitoredSystemView(DateTimeOffset? FirstVerificationAt, DateTimeOffset? LastSuccessAt, DateTimeOffset? StaleAlertedFor);
