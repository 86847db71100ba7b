using System.Text.Json.Serialization;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// One page of a listing checked by <see cref="PagedQuery"/>: <paramref name="Number"/> starts at 1, <paramref name="Total"/>
/// counts all matches. On the wire the number and size are <c>page</c> and <c>pageSize</c>, the names of the query string
/// that asked for them (a record cannot have a member named like itself, hence Number/Size in C#).
/// </summary>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int Number,
    [property: JsonPropertyName("pageSize")] int Size,
    int Total);
