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
            new("Description", DraftLayout.OrUnknown(nature.Description)),
            new("Categories of personal data", categories.Count == 0 ? DraftLayout.OrUnknown((string?)null) : string.Join(", ", categories)),
            new("Special categories of data (Art. 9, 10)", DraftLayout.YesNo(nature.SpecialCategoryData)),
            new("Approximate number of data subjects", DraftLayout.OrUnknown(nature.ApproxSubjectsAffected)),
            new("Approximate number of personal data records", DraftLayout.OrUnknown(nature.ApproxRecordsAffected)),
            new("Detected", DisplayTime.Format(nature.DetectedAt, zone)),
            new("Controller became aware", DisplayTime.Format(nature.AwareAt, zone)),
            new("Reported by a processor (Art. 33(2))", DraftLayout.YesNo(nature.ReportedByProcessor)),
            new("Countries of affected data subjects", nature.AffectedCountries.Count == 0 ? DraftLayout.OrUnknown((string?)null) : string.Join(", ", nature.AffectedCountries)),
            new("Risk assessment", DraftLayout.OrUnknown(nature.RiskLevel)),
        ]);

        yield return new DraftSection("(b) Data protection officer or other contact point", ContactRows(content.ContactPoint));
        yield return new DraftSection("(c) Likely consequences", [new("Consequences", DraftLayout.OrUnknown(content.LikelyConsequences))]);
        yield return new DraftSection("(d) Measures taken or proposed", [new("Measures", DraftLayout.OrUnknown(content.MeasuresTaken))]);
    }

    private static IReadOnlyList<DraftRow> ContactRows(ContactPoint? contact) => contact is null
        ? [new("Contact", DraftLayout.OrUnknown((string?)null))]
        :
        [
            new("Name", DraftLayout.OrUnknown(contact.Name)),
            new("E-mail", DraftLayout.OrUnknown(contact.Email)),
            new("Phone", DraftLayout.OrUnknown(contact.Phone)),
        ];
}
