namespace ComplianceHub.Breaches.Authorities;

/// <summary>
/// A national supervisory authority (Art. 51) from the bundled catalogue. Null fields are unknown; the ones the
/// source could not confirm are named in <see cref="Unverified"/> and are never filled in by guessing.
/// </summary>
public sealed record SupervisoryAuthority
{
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    public required string CountryName { get; init; }

    public required AuthorityMembership Membership { get; init; }

    /// <summary>The English name where verified, otherwise the local name.</summary>
    public required string Name { get; init; }

    /// <summary>Null where no official English name was confirmed.</summary>
    public string? EnglishName { get; init; }

    public string? LocalName { get; init; }

    public string? Acronym { get; init; }

    public required string Website { get; init; }

    /// <summary>The authority's own page or portal for Art. 33 notifications, where one was found.</summary>
    public string? BreachNotificationUrl { get; init; }

    /// <summary>What the source says about how to notify (portal, e-mail, language).</summary>
    public string? BreachNotificationBasis { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    /// <summary>Which bodies the regional authorities supervise, where the country has them (DE, ES).</summary>
    public string? RegionalCompetence { get; init; }

    public IReadOnlyList<RegionalSupervisoryAuthority> RegionalAuthorities { get; init; } = [];

    public string? Notes { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string> AdditionalSources { get; init; } = [];

    public IReadOnlyList<string> Unverified { get; init; } = [];
}
