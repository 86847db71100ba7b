namespace ComplianceHub.Breaches.Domain;

/// <summary>One event in a breach's history (Art. 5(2), 33(5)): what happened and when, without personal data.</summary>
internal sealed class TimelineEntry
{
    public Guid Id { get; init; }

    public Guid BreachId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>One of <see cref="TimelineKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The caller's id (never a name), or <c>workflow</c> for the saga's own steps.</summary>
    public required string Actor { get; init; }

    /// <summary>A short, generated description (country codes, phases, levels): never user-supplied text.</summary>
    public required string Detail { get; init; }
}
