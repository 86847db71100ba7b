namespace ComplianceHub.Breaches.CloseBreach;

/// <summary>The 202 answer to a closure.</summary>
public sealed record BreachClosedView(Guid BreachId, DateTimeOffset ClosedAt);
