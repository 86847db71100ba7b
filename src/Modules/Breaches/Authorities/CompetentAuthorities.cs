namespace ComplianceHub.Breaches.Authorities;

/// <summary>Art. 55 and 56: which supervisory authority is competent for a breach.</summary>
internal static class CompetentAuthorities
{
    public static CompetentAuthorityResolution Resolve(
        SupervisoryAuthorityCatalog catalog, string? mainEstablishmentCountry, IReadOnlyList<string> affectedCountries)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(affectedCountries);

        var affected = affectedCountries
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var outside = affected.Where(c => !catalog.Covers(c)).ToList();
        var lead = catalog.Find(mainEstablishmentCountry);

        if (lead is null)
        {
            // Without a main establishment in the Union the one-stop-shop does not apply (Art. 56 needs one, and
            // Art. 27 representatives do not create it): each authority is competent on its own territory.
            var concerned = affected.Select(catalog.Find).OfType<SupervisoryAuthority>().ToList();
            return new CompetentAuthorityResolution
            {
                Concerned = concerned,
                RequiredCountries = [.. concerned.Select(a => a.Country)],
                OutsideEea = outside,
                Basis = "There is no main establishment in the EU/EEA, so the one-stop-shop of Art. 56 GDPR does not apply and "
                    + "the supervisory authority of each EU/EEA country where affected data subjects live is competent on its territory (Art. 55(1)) and must be notified.",
            };
        }

        // Germany: the Land authority of the main establishment usually leads, not the federal one (Art. 51(3)).
        var leader = lead.RegionalAuthorities.Count == 0
            ? lead.Name
            : $"the competent {lead.CountryName} authority ({lead.Name} or the regional authority of the main establishment's region)";
        return new CompetentAuthorityResolution
        {
            Lead = lead,
            Concerned = [.. affected
                .Where(c => !string.Equals(c, lead.Country, StringComparison.OrdinalIgnoreCase))
                .Select(catalog.Find)
                .OfType<SupervisoryAuthority>()],
            RequiredCountries = [lead.Country],
            OutsideEea = outside,
            Basis = $"The main establishment is in {lead.CountryName}, so {leader} is the lead supervisory authority (Art. 56(1) GDPR) and receives the notification; "
                + "the authorities of the other affected EU/EEA countries are concerned authorities (Art. 4(22)) informed through the cooperation procedure (Art. 60).",
        };
    }
}
