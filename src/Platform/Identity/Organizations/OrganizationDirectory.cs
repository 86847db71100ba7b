namespace ComplianceHub.Shared.Identity.Organizations;

/// <summary>The kernel's view of the organisations (<see cref="IOrganizationDirectory"/>), read from the identity tables.</summary>
internal sealed class OrganizationDirectory(IdentityDbContext db) : IOrganizationDirectory
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organizations.AnyAsync(o => o.Id == id, cancellationToken);

    public Task<OrganizationProfile?> ProfileAsync(Guid id, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganizationProfile(o.Id, o.Name, o.HomeCountry))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<List<OrganizationProfile>> AllAsync(CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new OrganizationProfile(o.Id, o.Name, o.HomeCountry))
            .ToListAsync(cancellationToken);
}
