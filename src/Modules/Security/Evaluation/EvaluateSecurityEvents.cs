namespace ComplianceHub.Security.Evaluation;

/// <summary>
/// Internal to the module: evaluate these stored events of one source, in this order. Sent through the outbox with
/// the source as partition key, so one source's events are evaluated in the order they were submitted.
/// </summary>
public sealed record EvaluateSecurityEvents
{
    public required Guid OrganizationId { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<Guid> EventIds { get; init; }

    /// <summary>The partition key: one source of one organisation.</summary>
    public static string PartitionKey(Guid organizationId, string source) => $"security/{organizationId:N}/{source}";
}
