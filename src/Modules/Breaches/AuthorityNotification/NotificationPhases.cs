namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Art. 33(4): what cannot be given at once may follow in phases without undue further delay.</summary>
internal static class NotificationPhases
{
    public const string Initial = "Initial";
    public const string FollowUp = "FollowUp";
    public const string Final = "Final";

    public static readonly IReadOnlyList<string> All = [Initial, FollowUp, Final];

    public static bool IsValid(string? phase) => phase is not null && All.Contains(phase, StringComparer.Ordinal);
}
