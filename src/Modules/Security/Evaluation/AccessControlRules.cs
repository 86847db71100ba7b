using ComplianceHub.Security.Ingestion;
using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.Evaluation;

/// <summary>The two per-principal rules: repeated denials and the unusual access pattern.</summary>
internal static class AccessControlRules
{
    public static TimeSpan LongestWindow(RuleThresholds t) =>
        RepeatedDenialsRule.Window(t) > AccessPatternRule.Window(t) ? RepeatedDenialsRule.Window(t) : AccessPatternRule.Window(t);

    public static async Task<List<NewSecurityAlert>> EvaluateAsync(
        PrincipalActivity activity, RuleState state, SecurityEvent e, RuleThresholds t, CancellationToken cancellationToken)
    {
        var raised = new List<NewSecurityAlert>();
        var principal = e.Principal!;
        var at = e.OccurredAt;
        var (deniedCandidate, readCandidate) = Candidate(state, e, t);
        if (!deniedCandidate && !readCandidate)
        {
            return raised;
        }

        await activity.LoadAsync([principal], cancellationToken);
        if (deniedCandidate)
        {
            var denied = activity.Denied(principal, at - RepeatedDenialsRule.Window(t), at);
            if (RepeatedDenialsRule.Fires(denied, at, await state.LastFiredAsync(RepeatedDenialsRule.Name, principal, cancellationToken), t))
            {
                state.Fired(RepeatedDenialsRule.Name, principal, at);
                raised.Add(Alert(e, AlertPriority.High, RepeatedDenialsRule.Name, "Unauthorized access attempts",
                    $"{denied} denied access attempts by principal {PrincipalPseudonyms.Short(principal)} within {t.DeniedWindowMinutes} minutes (last on {e.Resource})."));
            }
        }

        if (readCandidate)
        {
            var windowStart = at - AccessPatternRule.Window(t);
            var read = activity.Read(principal, windowStart, at);
            if (AccessPatternRule.Candidate(read, t))
            {
                var (from, to) = AccessBaseline.Range(windowStart);
                var baseline = AccessBaseline.PerHour(await state.BaselineRecordsAsync(principal, from, to, cancellationToken));
                if (AccessPatternRule.Fires(read, baseline, at, await state.LastFiredAsync(AccessPatternRule.Name, principal, cancellationToken), t))
                {
                    state.Fired(AccessPatternRule.Name, principal, at);
                    raised.Add(Alert(e, AlertPriority.Critical, AccessPatternRule.Name, "Unusual access pattern detected",
                        $"Principal {PrincipalPseudonyms.Short(principal)} read {read} records of {e.Resource} within {t.AccessWindowMinutes} minutes; "
                        + $"its 7-day hourly baseline is {baseline:F1} records (threshold {t.BaselineMultiplier}x).",
                        new BreachEvidence((int)Math.Min(read, int.MaxValue))));
                }
            }
        }

        return raised;
    }

    /// <summary>
    /// Whether a rule could fire for the event. The clock hours a window touches hold at least what the window holds:
    /// far below a threshold, no exact count. The rollups hold the whole message before any event is evaluated, so
    /// this is known for every event of a batch up front.
    /// </summary>
    public static (bool Denied, bool Read) Candidate(RuleState state, SecurityEvent e, RuleThresholds t)
    {
        var (hourRecords, hourDenied) = state.HourlyTotals(e.Principal!, RuleWindows.HourOf(e.OccurredAt - LongestWindow(t)), RuleWindows.HourOf(e.OccurredAt));
        return (e.Outcome == AccessOutcome.Denied && hourDenied >= t.DeniedAttempts, (e.RecordsRead ?? 0) > 0 && AccessPatternRule.Candidate(hourRecords, t));
    }

    private static NewSecurityAlert Alert(SecurityEvent e, AlertPriority priority, string rule, string title, string summary, BreachEvidence? breach = null) => new()
    {
        OrganizationId = e.OrganizationId,
        Type = SecurityEventType.AccessControl,
        Priority = priority,
        Rule = rule,
        Title = title,
        Summary = summary,
        Subject = e.Principal,
        Country = e.Country,
        OccurredAt = e.OccurredAt,
        EventId = e.Id,
        PotentialBreach = breach,
    };
}
