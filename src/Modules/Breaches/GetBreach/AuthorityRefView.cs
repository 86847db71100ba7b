using ComplianceHub.Breaches.Authorities;

namespace ComplianceHub.Breaches.GetBreach;

/// <summary>A supervisory authority named by country, as the catalogue knows it.</summary>
public sealed record AuthorityRefView(string Country, string Name, string? BreachNotificationUrl)
{
    internal static AuthorityRefView Of(SupervisoryAuthority authority) => new(authority.Country, authority.Name, authority.BreachNotificationUrl);
}
