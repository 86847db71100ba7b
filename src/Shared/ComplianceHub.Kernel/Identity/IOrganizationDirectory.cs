namespace ComplianceHub.Shared.Identity;

/// <summary>
/// The organisations as the kernel sees them, kept by the Identity module: modules ask through
/// <see cref="OrganizationScope"/> and never read the identity tables.
/// </summary>
public interface IOrganizationDirectory
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>An organisation's name and main establishment, or null when it does not exist.</summary>
    Task<OrganizationProfile?> ProfileAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every organisation's profile, ordered by id.</summary>
    Task<List<OrganizationProfile>> AllAsync(CancellationToken cancellationToken);
}
