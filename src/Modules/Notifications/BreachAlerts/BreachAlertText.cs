using System.Globalization;
using ComplianceHub.Breaches.Contracts;

namespace ComplianceHub.Notifications.BreachAlerts;

internal static class BreachAlertText
{
    public static string For(BreachReported breach) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        A personal data breach was reported (about {breach.ApproxSubjectsAffected} data subjects in {string.Join(", ", breach.AffectedCountries)}{(breach.SpecialCategoryData ? "; special categories of data" : "")}).
        The supervisory authority must be notified by {breach.AuthorityDeadline:yyyy-MM-dd HH:mm} UTC (Art. 33(1): 72 hours after awareness at {breach.AwareAt:yyyy-MM-dd HH:mm} UTC).
        {(breach.ReportedByProcessor ? "Reported by a processor: the controller must be told without undue delay (Art. 33(2))." : "")}
        """).TrimEnd();
}
