using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Adequacy;

internal static class AdequacyDecisionEndpoints
{
    public static void MapAdequacyDecisions(this IEndpointRouteBuilder api) =>
        api.MapGet("/adequacy-decisions", List).WithName("ListAdequacyDecisions").WithTags("Registers")
            .WithSummary("The EU adequacy decisions in use (Art. 45), by country: the bundled list or the configured file.")
            .RequireAuthorization(p => p.RequireRole([.. Roles.All]));

    private static Ok<IReadOnlyList<AdequacyDecision>> List(AdequacyDecisions decisions) =>
        TypedResults.Ok<IReadOnlyList<AdequacyDecision>>([.. decisions.All.OrderBy(d => d.Country, StringComparer.Ordinal)]);
}
