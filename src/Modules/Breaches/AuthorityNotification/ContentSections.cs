namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Art. 33(3)(a) to (d), in the order of the article.</summary>
internal static class ContentSections
{
    public static IEnumerable<DraftSection> Of(NotificationContent content, TimeZoneInfo zone)
    {
        var nature = content.Nature;
        var categories = nature.DataCategories.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        yield return new DraftSection("(a) Nature of the breach",
        [
            new("Title", nature.Title),
            new("Description", DraftSections.OrUnknown(nature.Description)),
            new("Categories of personal data", categories.Count == 0 ? DraftSections.OrUnknown((string?)null) : string.Join(", ", categories)),
            new("Special categories of data (Art. 9, 10)", DraftSections.YesNo(nature.SpecialCategoryData)),
            new("Approximate number of data subjects", DraftSections.OrUnknown(nature.ApproxSubjectsAffected)),
            new("Approximate number of personal data records", DraftSections.OrUnknown(nature.ApproxRecordsAffected)),
            new("Detected", DisplayTime.Format(nature.DetectedAt, zone)),
            new("Controller became aware", DisplayTime.Format(nature.AwareAt, zone)),
            new("Reported by a processor (Art. 33(2))", DraftSections.YesNo(nature.ReportedByProcessor)),
            new("Countries of affected data subjects", nature.AffectedCountries.Count == 0 ? DraftSections.OrUnknown((string?)null) : string.Join(", ", nature.AffectedCountries)),
            new("Risk assessment", DraftSections.OrUnknown(nature.RiskLevel)),
        ]);

        yield return new DraftSection("(b) Data protection officer or other contact point", ContactRows(content.ContactPoint));
        yield return new DraftSection("(c) Likely consequences", [new("Consequences", DraftSections.OrUnknown(content.LikelyConsequences))]);
        yield return new DraftSection("(d) Measures taken or proposed", [new("Measures", DraftSections.OrUnknown(content.MeasuresTaken))]);
    }

    private static IReadOnlyList<DraftRow> ContactRows(ContactPoint? contact) => contact is null
        ? [new("Contact", DraftSections.OrUnknown((string?)null))]
        :
        [
            new("Name", DraftSections.OrUnknown(contact.Name)),
            new("E-mail", DraftSections.OrUnknown(contact.Email)),
            new("Phone", DraftSections.OrUnknown(contact.Phone)),
        ];
}
