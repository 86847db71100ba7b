namespace ComplianceHub.Shared.Hosting;

public enum LogFormat
{
    /// <summary>Human-readable lines for a terminal.</summary>
    Text = 1,

    /// <summary>Compact JSON (CLEF), one event a line, for log shippers.</summary>
    Json = 2,
}
