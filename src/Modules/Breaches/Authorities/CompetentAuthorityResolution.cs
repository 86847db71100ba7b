namespace ComplianceHub.Breaches.Authorities;

/// <summary>Which supervisory authorities a breach concerns, and which must be notified under Art. 33(1).</summary>
internal sealed record CompetentAuthorityResolution
{
    /// <summary>The lead authority of the main establishment (Art. 56(1)); null without an EU/EEA main establishment.</summary>
    public SupervisoryAuthority? Lead { get; init; }

    /// <summary>Authorities of the other affected EU/EEA countries (Art. 4(22)), ordered by country code.</summary>
    public IReadOnlyList<SupervisoryAuthority> Concerned { get; init; } = [];

    /// <summary>Countries whose authority must receive the Art. 33 notification.</summary>
    public IReadOnlyList<string> RequiredCountries { get; init; } = [];

    /// <summary>Affected countries with no EU/EEA supervisory authority; other laws may apply there.</summary>
    public IReadOnlyList<string> OutsideEea { get; init; } = [];

    /// <summary>One sentence: why these authorities (Art. 55 or 56).</summary>
    public required string Basis { get; init; }

    public bool IsRequired(SupervisoryAuthority authority) =>
        RequiredCountries.Contains(authority.Country, StringComparer.OrdinalIgnoreCase);
}
