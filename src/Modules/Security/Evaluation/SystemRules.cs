using ComplianceHub.Security.Rules;

namespace ComplianceHub.Security.Evaluation;

/// <summary>The per-system rules (encryption, backup) and the vulnerability event.</summary>
internal static class SystemRules
{
    public static async Task<List<NewSecurityAlert>> EncryptionAsync(RuleState state, SecurityEvent e, RuleThresholds t, CancellationToken cancellationToken)
    {
        var system = await state.SystemAsync(e.System!, cancellationToken);
        var condition = EncryptionRule.Condition(e.EncryptionStatus!.Value, e.KeyAgeDays, t);
        var before = system.EncryptionCondition;
        system.EncryptionCondition = condition;
        if (!EncryptionRule.Fires(condition, before))
        {
            return [];
        }

        var personalData = e.PersonalData == true || t.HoldsPersonalData(e.System!);
        var (title, summary) = condition switch
        {
            EncryptionCondition.Disabled => ("Encryption disabled", $"Encryption is disabled on {e.System}{(personalData ? ", a system holding personal data" : "")}."),
            EncryptionCondition.Degraded => ("Encryption degraded", $"Encryption on {e.System} reports a degraded status{Algorithm(e)}."),
            _ => ("Encryption key older than policy", $"The encryption key of {e.System} is {e.KeyAgeDays} days old; the policy allows {t.KeyAgePolicyDays}."),
        };
        return [new NewSecurityAlert
        {
            OrganizationId = e.OrganizationId,
            Type = SecurityEventType.EncryptionStatus,
            Priority = EncryptionRule.Priority(condition),
            Rule = EncryptionRule.Name,
            Title = title,
            Summary = summary,
            Subject = e.System,
            Country = e.Country,
            OccurredAt = e.OccurredAt,
            EventId = e.Id,
            // Personal data left unencrypted may be a breach of confidentiality (Art. 4(12), 32(1)(a)).
            PotentialBreach = condition == EncryptionCondition.Disabled && personalData ? new BreachEvidence(null) : null,
        }];
    }

    public static async Task<List<NewSecurityAlert>> BackupAsync(RuleState state, SecurityEvent e, CancellationToken cancellationToken)
    {
        var system = await state.SystemAsync(e.System!, cancellationToken);
        var testedAt = e.TestedAt ?? e.OccurredAt;
        system.FirstVerificationAt ??= testedAt;
        if (e.RestoreSucceeded == true)
        {
            if (system.LastSuccessfulVerificationAt is null || testedAt > system.LastSuccessfulVerificationAt)
            {
                system.LastSuccessfulVerificationAt = testedAt;
            }

            return [];
        }

        return [new NewSecurityAlert
        {
            OrganizationId = e.OrganizationId,
            Type = SecurityEventType.BackupVerification,
            Priority = BackupRule.Priority,
            Rule = BackupRule.FailedName,
            Title = "Backup restore failed",
            Summary = $"The restore test of {e.System}'s backup at {testedAt:u} failed.",
            Subject = e.System,
            Country = e.Country,
            OccurredAt = e.OccurredAt,
            EventId = e.Id,
        }];
    }

    public static NewSecurityAlert Vulnerability(SecurityEvent e) => new()
    {
        OrganizationId = e.OrganizationId,
        Type = SecurityEventType.VulnerabilityScan,
        Priority = CvssPriority.Of(e.CvssScore!.Value),
        Rule = CvssPriority.Name,
        Title = SecurityText.Clip($"Vulnerability: {e.Title}", SecurityLimits.TitleLength),
        Summary = $"{e.Title} on {e.Asset} (CVSS {e.CvssScore:0.0}{(e.IssueId is null ? "" : $", {e.IssueId}")}).",
        Subject = e.Asset,
        Country = e.Country,
        OccurredAt = e.OccurredAt,
        EventId = e.Id,
    };

    private static string Algorithm(SecurityEvent e) => e.Algorithm is null ? "" : $" ({e.Algorithm})";
}
