using System.Globalization;
using System.Text;

namespace ComplianceHub.Breaches.Register;

/// <summary>The register as CSV (RFC 4180), safe to open in a spreadsheet.</summary>
internal static class RegisterCsv
{
    private static readonly string[] Header =
    [
        "breachId", "organizationId", "status", "detectedAt", "awareAt", "reportedAt", "authorityDeadline", "title", "description",
        "dataCategories", "specialCategoryData", "approxSubjectsAffected", "approxRecordsAffected", "affectedCountries", "effects",
        "remedialAction", "riskLevel", "riskRationale", "notified", "reasonNotNotified", "notifications", "subjectsInformedAt",
        "subjectExemption", "closedAt", "closingSummary",
    ];

    public static string Write(IEnumerable<RegisterEntry> entries)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var e in entries)
        {
            Line(csv,
            [
                e.BreachId.ToString(), e.OrganizationId.ToString(), e.Status, Instant(e.DetectedAt), Instant(e.AwareAt), Instant(e.ReportedAt),
                Instant(e.AuthorityDeadline), e.Title, e.Description, string.Join("; ", e.DataCategories), Bool(e.SpecialCategoryData),
                e.ApproxSubjectsAffected.ToString(CultureInfo.InvariantCulture), e.ApproxRecordsAffected.ToString(CultureInfo.InvariantCulture),
                string.Join(" ", e.AffectedCountries), e.Effects, e.RemedialAction, e.RiskLevel, e.RiskRationale, Bool(e.Notified),
                e.ReasonNotNotified, string.Join("; ", e.Notifications), Instant(e.SubjectsInformedAt), e.SubjectExemption,
                Instant(e.ClosedAt), e.ClosingSummary,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>Quotes every field; a field starting like a formula gets a leading apostrophe (CSV injection).</summary>
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> fields) => csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    private static string? Instant(DateTimeOffset? value) => value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
