namespace ComplianceHub.DataSubjectRequests;

/// <summary>
/// The route the commands on one request share: <c>POST /data-subject-requests/{id}/{action}</c>, answered 202, open
/// to the people who handle requests (Admin, Dpo, ComplianceAnalyst).
/// </summary>
internal static class RequestCommandRoute
{
    public static RouteHandlerBuilder MapRequestCommand(
        this IEndpointRouteBuilder api, string action, Delegate handler, string name, string summary, object example, object answer) =>
        api.MapPost($"/data-subject-requests/{{id:guid}}/{action}", handler)
            .WithName(name)
            .WithTags("DataSubjectRequests")
            .WithSummary(summary)
            .WithExample(example, answer, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst));
}
