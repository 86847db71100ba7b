namespace ComplianceHub.Notifications.Tests;

/// <summary>The instants the tests' travelling clocks start at (every test class imports them).</summary>
internal static class TestMoments
{
    /// <summary>Monday 2 March 2026, 10:00 in Berlin: working hours.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
}
