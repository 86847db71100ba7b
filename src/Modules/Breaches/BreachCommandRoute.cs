namespace ComplianceHub.Breaches;

/// <summary>
/// The route every command on one breach shares: <c>POST /breaches/{id}/{action}</c>, answered 202, open to the
/// people who handle breaches (Admin, Dpo).
/// </summary>
internal static class BreachCommandRoute
{
    public static RouteHandlerBuilder MapBreachCommand(
        this IEndpointRouteBuilder api, string action, Delegate handler, string name, string summary, object example, object answer) =>
        api.MapPost($"/breaches/{{id:guid}}/{action}", handler)
            .WithName(name)
            .WithExample(example, answer, StatusCodes.Status202Accepted)
            .WithTags("Breaches")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo));
}
