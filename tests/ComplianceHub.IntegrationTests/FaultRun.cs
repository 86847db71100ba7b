using System.Globalization;

namespace ComplianceHub.IntegrationTests;

/// <summary>
/// How long the long runs are. The suite, and so CI, runs the short form; <c>scripts/fault-runs.sh</c> runs the long
/// form: fault runs (kills, broker and database outages, two hosts) of 2,000 breaches by default, and the hostile-input
/// run with 10,000 requests, as many rounds as asked.
/// </summary>
internal static class FaultRun
{
    public const string MessagesVariable = "CH_FAULT_RUN_MESSAGES";
    public const string HostileRequestsVariable = "CH_HOSTILE_INPUT_REQUESTS";

    /// <summary>Breaches a fault run reports (300 in the short form).</summary>
    public static int Messages { get; } = Parse(MessagesVariable, shortForm: 300, minimum: 100);

    /// <summary>Malformed requests the hostile-input run sends (2,000 in the short form).</summary>
    public static int HostileRequests { get; } = Parse(HostileRequestsVariable, shortForm: 2_000, minimum: 500);

    private static int Parse(string variable, int shortForm, int minimum)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return shortForm;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < minimum)
        {
            throw new InvalidOperationException($"{variable} must be a whole number of at least {minimum}, not '{value}'.");
        }

        return parsed;
    }
}
