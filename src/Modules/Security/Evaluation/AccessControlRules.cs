using ComplianceHub.Security.Domain;
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
        var isDenied = e.Outcome == AccessOutcome.Denied;
        var records = e.RecordsRead ?? 0;

        // The clock hours a window touches hold at least what the window holds: far below a threshold, no exact count.
        var (hourRecords, hourDenied) = state.HourlyTotals(principal, RuleWindows.HourOf(at - LongestWindow(t)), RuleWindows.HourOf(at));
        var deniedCandidate = isDenied && hourDenied >= t.DeniedAttempts;
        var readCandidate = records > 0 && AccessPatternRule.Candidate(hourRecords, t);
        if (!deniedCandidate && !readCandidate)
        {
            return raised;
        }

        await activity.LoadAsync(principal, cancellationToken);
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
