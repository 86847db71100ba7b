namespace ComplianceHub.Breaches.ReportBreach;

/// <summary>The 202 answer to a breach report: where the clock stands.</summary>
public sealed record BreachAccepted(Guid Id, string Status, DateTimeOffset AwareAt, DateTimeOffset AuthorityDeadline);
