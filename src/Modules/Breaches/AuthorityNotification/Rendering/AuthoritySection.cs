namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>One addressed authority: name, where to submit, contact facts, and regional authorities where they exist.</summary>
internal static class AuthoritySection
{
    public static DraftSection Of(string heading, AuthorityAddressee addressee)
    {
        var authority = addressee.Authority;
        var name = authority.Acronym is null ? authority.Name : $"{authority.Name} ({authority.Acronym})";
        var rows = new List<DraftRow>
        {
            new("Authority", $"{name}, {authority.CountryName} ({authority.Country})"),
            new("Notification", addressee.Required ? "required (Art. 33(1))" : "not required directly; concerned authority informed through the lead authority (Art. 60)"),
            new(addressee.SubmitToIsNotificationPage ? "Submit via" : "Submit via (no breach-notification page known; website)", addressee.SubmitTo, addressee.SubmitTo),
        };
        AddIfKnown(rows, "How to notify", authority.BreachNotificationBasis);
        AddIfKnown(rows, "E-mail", authority.Email);
        AddIfKnown(rows, "Phone", authority.Phone);
        AddIfKnown(rows, "Address", authority.Address);
        if (addressee.RegionalNote is { } note)
        {
            rows.Add(new("Regional authorities", note));
            rows.AddRange(authority.RegionalAuthorities.Select(r => new DraftRow(
                r.Region,
                r.Acronym is null ? $"{r.Name}: {r.BreachNotificationUrl ?? r.Website}" : $"{r.Name} ({r.Acronym}): {r.BreachNotificationUrl ?? r.Website}",
                r.BreachNotificationUrl ?? r.Website)));
        }

        return new DraftSection(heading, rows);
    }

    private static void AddIfKnown(List<DraftRow> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new DraftRow(label, value));
        }
    }
}
