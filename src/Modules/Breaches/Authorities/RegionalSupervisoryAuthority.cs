namespace ComplianceHub.Breaches.Authorities;

/// <summary>A regional authority inside a federal or devolved state (Art. 51(3)): a German Land, a Spanish region.</summary>
public sealed record RegionalSupervisoryAuthority
{
    public required string Region { get; init; }

    public required string Name { get; init; }

    public string? Acronym { get; init; }

    public required string Website { get; init; }

    public string? BreachNotificationUrl { get; init; }

    public string? BreachNotificationBasis { get; init; }

    /// <summary>Which controllers it supervises, where the source says so.</summary>
    public string? Scope { get; init; }

    public string? Notes { get; init; }

    public required string Source { get; init; }

    public IReadOnlyList<string> Unverified { get; init; } = [];
}
