namespace ComplianceHub.Shared.Http;

/// <summary>
/// One page of the dead-letter and audit listings: <paramref name="Number"/> starts at 1; <paramref name="Total"/>
/// counts all matches. Their wire names (<c>number</c>, <c>size</c>) predate <see cref="Page{T}"/>'s <c>page</c> and
/// <c>pageSize</c>, and are kept so that operators' tooling reading them does not break.
/// </summary>
public sealed record Listing<T>(IReadOnlyList<T> Items, int Number, int Size, int Total);
