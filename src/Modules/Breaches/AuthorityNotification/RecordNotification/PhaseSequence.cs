namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>
/// Art. 33(4): what cannot be given at once may follow in phases without undue further delay; per authority, the
/// initial notification first, then follow-ups, then at most one final one.
/// </summary>
internal static class PhaseSequence
{
    public const string Initial = nameof(NotificationPhase.Initial);
    public const string FollowUp = nameof(NotificationPhase.FollowUp);
    public const string Final = nameof(NotificationPhase.Final);

    public static readonly IReadOnlyList<string> All = [Initial, FollowUp, Final];

    public static bool IsValid(string? phase) => phase is not null && All.Contains(phase, StringComparer.Ordinal);

    /// <summary>Why <paramref name="phase"/> cannot be recorded after <paramref name="earlier"/>, or null when it can.</summary>
    public static string? Refusal(NotificationPhase phase, IReadOnlyCollection<AuthorityNotificationRecord> earlier)
    {
        var initial = earlier.Any(n => n.Phase == NotificationPhase.Initial);
        if (earlier.Any(n => n.Phase == NotificationPhase.Final))
        {
            return "The final notification to this authority is already recorded.";
        }

        return phase switch
        {
            NotificationPhase.Initial when initial => "The initial notification to this authority is already recorded; record a FollowUp or Final phase.",
            not NotificationPhase.Initial when !initial => "Record the initial notification to this authority first (Art. 33(4) phases are kept in order).",
            _ => null,
        };
    }
}
