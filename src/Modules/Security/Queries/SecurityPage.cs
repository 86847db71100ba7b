namespace ComplianceHub.Security.Queries;

public sealed record SecurityPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
