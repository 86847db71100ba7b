namespace ComplianceHub.Shared.DeadLetters;

/// <summary>
/// Triage order by legal impact: a failed breach message may cost the Art. 33 72-hour deadline, a failed rights
/// request the Art. 12(3) month, an alert a person who should have been told; a failed weekly report costs a resend.
/// A report message ranks as a report whichever module carries it (the Notifications module sends report e-mails
/// too): after the deadline-bound markers, its type name is looked at before its namespace.
/// </summary>
public static class DeadLetterImpact
{
    public const int Default = 40;

    private const int Report = 20;

    /// <summary>Anywhere in the type (namespace or name): <c>BreachReported</c> is a breach message, not a report.</summary>
    private static readonly (string Marker, int Impact)[] LegalDeadlines = [("Breach", 100), ("DataSubjectRequest", 80)];

    private static readonly (string Marker, int Impact)[] Others = [("Alert", 70), ("Notification", 70), ("Security", 60), ("Report", Report)];

    /// <param name="messageType">The message's URN, e.g. <c>urn:message:ComplianceHub.Notifications.Delivery:SendAlertOnChannel</c>.</param>
    public static int Of(string messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        var name = messageType[(messageType.LastIndexOf(':') + 1)..];
        return Match(LegalDeadlines, messageType)
            ?? (name.Contains("Report", StringComparison.OrdinalIgnoreCase) ? Report : (int?)null)
            ?? Match(Others, messageType)
            ?? Default;
    }

    private static int? Match((string Marker, int Impact)[] rules, string text) =>
        rules.Where(r => text.Contains(r.Marker, StringComparison.OrdinalIgnoreCase)).Select(r => (int?)r.Impact).FirstOrDefault();
}
