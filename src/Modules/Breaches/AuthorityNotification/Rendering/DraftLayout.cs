using System.Globalization;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The draft laid out for people: header, authorities, then Art. 33(3)(a) to (d) and what is still missing.</summary>
internal static class DraftLayout
{
    private const string NotYetKnown = "not yet known (Art. 33(4))";

    public static IReadOnlyList<DraftSection> Of(AuthorityNotificationDraft draft, TimeZoneInfo zone)
    {
        var sections = new List<DraftSection> { Header(draft, zone) };
        if (draft.Lead is { } lead)
        {
            sections.Add(AuthoritySection.Of("Lead supervisory authority (Art. 56(1))", lead));
        }

        sections.AddRange(draft.Concerned.Select(c => AuthoritySection.Of(
            c.Required ? "Supervisory authority to notify (Art. 55(1))" : "Concerned supervisory authority (Art. 4(22))", c)));
        if (draft.OutsideEea.Count > 0)
        {
            sections.Add(new DraftSection("Affected countries outside the EU/EEA",
                [new DraftRow("Countries", string.Join(", ", draft.OutsideEea)), new DraftRow("Note", "No EU/EEA supervisory authority; check the local breach-notification law.")]));
        }

        sections.AddRange(ContentSections.Of(draft.Content, zone));
        if (draft.Missing.Count > 0)
        {
            sections.Add(new DraftSection("Not yet provided",
                [new DraftRow("Items", string.Join(", ", draft.Missing)), new DraftRow("Note", draft.MissingNote ?? string.Empty)]));
        }

        return sections;
    }

    private static DraftSection Header(AuthorityNotificationDraft draft, TimeZoneInfo zone)
    {
        var rows = new List<DraftRow>
        {
            new("Controller", draft.OrganizationName),
            new("Breach reference", draft.BreachId.ToString()),
            new("Phase", $"{draft.Phase} (Art. 33(4): information may be provided in phases)"),
            new("Generated", DisplayTime.Format(draft.GeneratedAt, zone)),
            new("Deadline (Art. 33(1), 72 hours after becoming aware)", DisplayTime.Format(draft.AuthorityDeadline, zone)),
        };
        if (draft.Late)
        {
            rows.Add(new("Late", draft.LateNotice ?? string.Empty));
            rows.Add(new("Reasons for the delay", draft.ReasonsForDelay ?? string.Empty));
        }

        rows.Add(new("Basis", draft.Basis));
        return new DraftSection("Notification of a personal data breach to the supervisory authority (Art. 33 GDPR)", rows);
    }

    public static string OrUnknown(string? value) => string.IsNullOrWhiteSpace(value) ? NotYetKnown : value;

    public static string OrUnknown(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? NotYetKnown;

    public static string YesNo(bool value) => value ? "yes" : "no";
}
