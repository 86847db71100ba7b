namespace ComplianceHub.Security.Domain;

/// <summary>When a windowed rule last fired for one subject: a rule fires once per window, not once per event above it.</summary>
internal sealed class RuleFiring
{
    public required Guid OrganizationId { get; init; }

    public required string Rule { get; init; }

    /// <summary>The pseudonymised principal (or system) the rule fired for.</summary>
    public required string Subject { get; init; }

    public DateTimeOffset FiredAt { get; set; }

    public int Revision { get; set; }
}
