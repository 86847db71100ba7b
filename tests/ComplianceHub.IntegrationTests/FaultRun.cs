using System.Globalization;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// How many breaches a fault run (kills, broker and database outages, two hosts) reports. The suite, and so CI, runs
/// the short form; <c>scripts/fault-runs.sh</c> runs the long form (2,000 by default, and as many rounds as asked).
/// </summary>
internal static class FaultRun
{
    public const string Variable = "CH_FAULT_RUN_MESSAGES";
    public const int ShortForm = 600;

    public static int Messages { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    private static int Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ShortForm;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var messages) || messages < 100)
        {
            throw new InvalidOperationException($"{Variable} must be a whole number of at least 100, not '{value}'.");
        }

        return messages;
    }
}
