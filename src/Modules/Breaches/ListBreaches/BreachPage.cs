namespace ComplianceHub.Breaches.ListBreaches;

public sealed record BreachPage(IReadOnlyList<BreachSummary> Items, int Page, int PageSize, int Total);
