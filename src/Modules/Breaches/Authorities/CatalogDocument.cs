namespace ComplianceHub.Breaches.Authorities;

/// <summary>The file format of <c>supervisory-authorities.json</c> (and of an override file).</summary>
internal sealed record CatalogDocument
{
    /// <summary>When the facts were compiled (ISO date), so an operator can tell an old file from a new one.</summary>
    public string? Compiled { get; init; }

    public string? About { get; init; }

    public IReadOnlyList<SupervisoryAuthority> Authorities { get; init; } = [];
}
