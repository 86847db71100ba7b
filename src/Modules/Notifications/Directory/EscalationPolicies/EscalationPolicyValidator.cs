using ComplianceHub.Notifications.Directory.Dpos;

namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

/// <summary>
/// A ladder that starts at once (first wait 0), climbs in time order (waits non-decreasing, at most a day) and names
/// only words the ladder knows or DPOs of the same organisation.
/// </summary>
internal static class EscalationPolicyValidator
{
    public const int MaxLevels = 10;
    public const int MaxTargets = 10;
    public const int MaxWaitMinutes = 1440;
    public const int MaxRepeatCount = 10;

    private static readonly string[] Words = [EscalationLevel.Regional, EscalationLevel.Deputy, EscalationLevel.Group];

    public static async Task<List<EscalationLevel>> ValidateAsync(
        EscalationPolicyRequest request, Guid? organizationId, NotificationsDbContext db, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("name", request.Name, 200, required: true, multiline: false);
        errors.When(request.RepeatCount is not (>= 1 and <= MaxRepeatCount), "repeatCount", $"Required: 1 to {MaxRepeatCount}.");
        var values = request.Levels ?? [];
        errors.When(values.Count is 0 or > MaxLevels, "levels", $"1 to {MaxLevels} levels.");
        var known = organizationId is { } org
            ? await db.Dpos.Where(d => d.OrganizationId == org).Select(d => d.Id).ToListAsync(cancellationToken)
            : [];
        var levels = new List<EscalationLevel>();
        for (var i = 0; i < values.Count && i < MaxLevels; i++)
        {
            var field = $"levels[{i}]";
            var wait = values[i]?.WaitMinutes;
            errors.When(wait is not (>= 0 and <= MaxWaitMinutes), $"{field}.waitMinutes", $"Required: 0 to {MaxWaitMinutes} minutes.")
                .When(i == 0 && wait is > 0, $"{field}.waitMinutes", "The first level starts at once: 0.")
                .When(i > 0 && wait < levels.LastOrDefault()?.WaitMinutes, $"{field}.waitMinutes", "Must not be less than the previous level's wait.");
            var targets = Targets(values[i]?.Targets, field, known, organizationId is not null, errors);
            levels.Add(new EscalationLevel(targets, wait ?? 0));
        }

        return levels;
    }

    private static List<string> Targets(IReadOnlyList<string>? values, string field, List<Guid> known, bool checkIds, ValidationErrors errors)
    {
        values ??= [];
        errors.When(values.Count is 0 or > MaxTargets, $"{field}.targets", $"1 to {MaxTargets} targets.");
        var targets = new List<string>();
        for (var j = 0; j < values.Count && j < MaxTargets; j++)
        {
            var word = Words.FirstOrDefault(w => string.Equals(w, values[j]?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (word is not null)
            {
                targets.Add(word);
            }
            else if (Guid.TryParse(values[j], out var id) && (!checkIds || known.Contains(id)))
            {
                targets.Add(id.ToString());
            }
            else
            {
                errors.Add($"{field}.targets[{j}]", "\"regional\", \"deputy\", \"group\" or the id of a DPO of this organisation.");
            }
        }

        return [.. targets.Distinct(StringComparer.Ordinal)];
    }
}
