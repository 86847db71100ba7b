using ComplianceHub.Breaches.Authorities;

namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>Turns a catalogue entry into an addressee: where to submit, and which regional authority applies.</summary>
internal static class Addressees
{
    public static AuthorityAddressee For(SupervisoryAuthority authority, string role, CompetentAuthorityResolution resolution) => new()
    {
        Role = role,
        Required = resolution.IsRequired(authority),
        Authority = authority,
        SubmitTo = authority.BreachNotificationUrl ?? authority.Website,
        SubmitToIsNotificationPage = authority.BreachNotificationUrl is not null,
        RegionalNote = RegionalNote(authority, role),
    };

    // Art. 51(3): a state may have several authorities. In Germany most private controllers answer to the Land
    // authority of their establishment, not to the federal one; the catalogue says who supervises whom.
    private static string? RegionalNote(SupervisoryAuthority authority, string role)
    {
        if (authority.RegionalAuthorities.Count == 0)
        {
            return null;
        }

        var which = role == "lead"
            ? "the competent authority is the regional authority of the main establishment's region where it supervises the controller"
            : "which one is competent depends on the controller's sector and region";
        return $"{authority.CountryName} has regional supervisory authorities (listed with this authority): {which}. {authority.RegionalCompetence}".TrimEnd();
    }
}
