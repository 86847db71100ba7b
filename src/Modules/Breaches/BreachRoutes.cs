namespace ComplianceHub.Breaches;

/// <summary>
/// How the module's endpoints are named, grouped under the "Breaches" tag and guarded, and how a command on one
/// breach is routed (POST <c>/breaches/{id}/{action}</c>) through <see cref="BreachCommand"/>'s outline.
/// </summary>
internal static class BreachRoutes
{
    /// <summary>Who decides on a breach: records its assessment, notifications, communication and closing.</summary>
    private static readonly string[] Deciders = [Roles.Admin, Roles.Dpo];

    /// <summary>Who may read the breaches (list and detail).</summary>
    public static readonly string[] Readers = [Roles.Admin, Roles.Dpo, Roles.SecurityOfficer, Roles.ComplianceAnalyst, Roles.Auditor];

    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder route, string name, string summary, params string[] roles) =>
        route.WithName(name)
            .WithTags("Breaches")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(roles));

    /// <summary>
    /// A command whose <paramref name="plan"/> checks the request into the errors and says what the command adds to the
    /// outline. The request is a class so that the framework refuses a missing or <c>null</c> body with a 400 naming
    /// it: an unconstrained type parameter reads as nullable, and a null request reached the plan as a 500.
    /// </summary>
    public static RouteHandlerBuilder MapBreachCommand<TRequest, TAnswer>(
        this IEndpointRouteBuilder api, BreachOperation operation, Func<TRequest, BreachCommandContext, ValidationErrors, BreachCommandSteps<TAnswer>> plan)
        where TRequest : class =>
        api.MapBreachCommand(operation, (Guid id, TRequest request, [AsParameters] BreachCommandContext command) =>
        {
            var errors = new ValidationErrors();
            return command.RunAsync(id, errors, plan(request, command, errors));
        });

    /// <summary>The same for a command whose plan needs one of the module's services besides the context.</summary>
    public static RouteHandlerBuilder MapBreachCommand<TRequest, TService, TAnswer>(
        this IEndpointRouteBuilder api, BreachOperation operation, Func<TRequest, TService, BreachCommandContext, ValidationErrors, BreachCommandSteps<TAnswer>> plan)
        where TRequest : class =>
        api.MapBreachCommand(operation, (Guid id, TRequest request, TService service, [AsParameters] BreachCommandContext command) =>
        {
            var errors = new ValidationErrors();
            return command.RunAsync(id, errors, plan(request, service, command, errors));
        });

    private static RouteHandlerBuilder MapBreachCommand(this IEndpointRouteBuilder api, BreachOperation operation, Delegate handler) =>
        api.MapPost($"/breaches/{{id:guid}}/{operation.Action}", handler)
            .Describe(operation.Name, operation.Summary, Deciders)
            .WithExample(operation.Example, operation.Answer, StatusCodes.Status202Accepted);
}
