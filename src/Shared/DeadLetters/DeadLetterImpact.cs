namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Triage order by legal impact: a failed breach message may cost the Art. 33 72-hour deadline, a failed rights
/// request the Art. 12(3) month, an alert a person who should have been told; a failed weekly report costs a resend.
/// </summary>
public static class DeadLetterImpact
{
    private static readonly (string Marker, int Impact)[] Rules =
    [
        ("Breach", 100),
        ("DataSubjectRequest", 80),
        ("Alert", 70),
        ("Notification", 70),
        ("Security", 60),
        ("Report", 20),
    ];

    public const int Default = 40;

    public static int Of(string messageType)
    {
        foreach (var (marker, impact) in Rules)
        {
            if (messageType.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return impact;
            }
        }

        return Default;
    }
}
