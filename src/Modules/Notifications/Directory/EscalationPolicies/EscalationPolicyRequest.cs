namespace ComplianceHub.Notifications.Directory.EscalationPolicies;

/// <summary>The body of <c>POST /api/v1/escalation-policies</c> and <c>PUT /api/v1/escalation-policies/{id}</c>.</summary>
public sealed record EscalationPolicyRequest
{
    /// <summary>Only for platform callers creating a policy: the organisation it belongs to.</summary>
    public Guid? OrganizationId { get; init; }

    public string? Name { get; init; }

    /// <summary>The rungs, first (wait 0) to last; waits count from when the alert was raised.</summary>
    public IReadOnlyList<EscalationLevelRequest>? Levels { get; init; }

    /// <summary>How many times the whole ladder runs (1 to 10).</summary>
    public int? RepeatCount { get; init; }

    /// <summary>The organisation's policy for its alerts; setting it clears the previous default.</summary>
    public bool IsDefault { get; init; }
}
