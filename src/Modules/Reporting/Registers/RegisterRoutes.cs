namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// What one register's five routes differ in: its path, the names of an entry and of several, its list (each filters
/// by its own fields), the summaries and the OpenAPI examples. <see cref="RegisterEndpoints.MapRegister"/> maps them all alike.
/// </summary>
internal sealed record RegisterRoutes(string Path, string Entry, string Entries)
{
    public required Delegate List { get; init; }
    public required string CreateSummary { get; init; }
    public required string ListSummary { get; init; }
    public required string UpdateSummary { get; init; }
    public required string DeleteSummary { get; init; }

    /// <summary>The request of a create, the view it answers, and the request of an update (answered with revision 2).</summary>
    public required (object Create, object View, object Update, object UpdatedView) Examples { get; init; }
}
