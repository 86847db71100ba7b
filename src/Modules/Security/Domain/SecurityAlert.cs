namespace ComplianceHub.Security.Domain;

/// <summary>An alert a rule raised (Art. 32(1)(d): regularly testing and evaluating the measures), published as SecurityAlertRaised.</summary>
internal sealed class SecurityAlert
{
    public required Guid Id { get; init; }

    public required Guid OrganizationId { get; init; }

    public required SecurityEventType Type { get; init; }

    public required AlertPriority Priority { get; init; }

    /// <summary>The rule that fired, e.g. <c>RepeatedDenials</c>.</summary>
    public required string Rule { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    /// <summary>A pseudonymised principal, a system, an asset or a scan: what the alert is about, never a person in clear.</summary>
    public string? Subject { get; init; }

    public string? Country { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>The event that triggered it, when one did (not for scheduled checks and scans).</summary>
    public Guid? EventId { get; init; }

    /// <summary>Set when a PotentialBreachDetected went to the Breaches module (the detection id is the alert id).</summary>
    public bool PotentialBreach { get; init; }
}
