namespace ComplianceHub.Reporting.Registers;

/// <summary>One page of a register listing: <paramref name="Page"/> starts at 1; <paramref name="Total"/> counts all matches.</summary>
public sealed record RegisterPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
