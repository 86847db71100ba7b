namespace ComplianceHub.Breaches.Workflow;

/// <summary>The workflow's decisions as pure functions of its state: which state it is in and which timers it needs.</summary>
internal static class WorkflowRules
{
    /// <summary>Every required authority has an initial notification (Art. 33(1), Art. 56).</summary>
    public static bool AuthorityNotified(BreachWorkflow w) => w.RequiredAuthorities.All(w.NotifiedAuthorities.Contains);

    public static IReadOnlyList<string> OutstandingAuthorities(BreachWorkflow w) =>
        [.. w.RequiredAuthorities.Where(c => !w.NotifiedAuthorities.Contains(c))];

    /// <summary>The Art. 33 clock runs until the authorities are notified, the breach is assessed as no risk, or it is closed.</summary>
    public static bool ClockRuns(BreachWorkflow w) =>
        w.ClockStarted && !w.Closed && w.RiskLevel != nameof(RiskLevel.NoRisk) && !AuthorityNotified(w);

    public static bool SubjectCommunicationOwed(BreachWorkflow w) =>
        w.RiskLevel == nameof(RiskLevel.HighRisk) && w.SubjectOutcome is null && !w.Closed;

    public static BreachStatus StatusOf(BreachWorkflow w) =>
        w switch
        {
            { Closed: true } => BreachStatus.Closed,
            { ClockStarted: false } => BreachStatus.Reported,
            { RiskLevel: null } => BreachStatus.UnderAssessment,
            { RiskLevel: nameof(RiskLevel.NoRisk) } => BreachStatus.NoRisk,
            _ when !AuthorityNotified(w) => BreachStatus.AwaitingAuthorityNotification,
            { RiskLevel: nameof(RiskLevel.HighRisk), SubjectOutcome: null } => BreachStatus.AwaitingSubjectCommunication,
            { RiskLevel: nameof(RiskLevel.HighRisk), SubjectOutcome: nameof(BreachStatus.Exempted) } => BreachStatus.Exempted,
            { RiskLevel: nameof(RiskLevel.HighRisk) } => BreachStatus.SubjectsInformed,
            _ => BreachStatus.AuthorityNotified,
        };

    /// <summary>
    /// The next reminder still ahead of <paramref name="now"/>: a breach reported late skips the reminders whose time
    /// has passed (its report already raised a critical alert). Null when none is left.
    /// </summary>
    public static ReminderPlan? NextReminder(BreachWorkflow w, IReadOnlyList<TimeSpan> offsets, DateTimeOffset now)
    {
        for (var i = w.RemindersSent; i < offsets.Count; i++)
        {
            var at = w.AwareAt + offsets[i];
            if (at > now)
            {
                return new ReminderPlan(i + 1, at);
            }
        }

        return null;
    }
}
