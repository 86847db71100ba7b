namespace ComplianceHub.Shared.Identity.Organizations;

public sealed record OrganizationView(Guid Id, string Name, string HomeCountry, DateTimeOffset CreatedAt)
{
    public static OrganizationView Of(Organization o) => new(o.Id, o.Name, o.HomeCountry, o.CreatedAt);
}
