namespace ComplianceHub.DataSubjectRequests.Workflow;

/// <summary>The workflow's timer decisions as pure functions of its state.</summary>
internal static class ReminderPlan
{
    public static bool ClockRuns(DataSubjectRequestWorkflow w) => w.ClockStarted && !w.ClockStopped && !w.Responded;

    /// <summary>The next reminder still ahead of <paramref name="now"/> (number 1-based and instant), or null when none is left.</summary>
    public static (int Number, DateTimeOffset At)? Next(DataSubjectRequestWorkflow w, IReadOnlyList<TimeSpan> offsets, DateTimeOffset now)
    {
        for (var i = w.RemindersSent; i < offsets.Count; i++)
        {
            var at = w.DueAt - offsets[i];
            if (at > now)
            {
                return (i + 1, at);
            }
        }

        return null;
    }
}
