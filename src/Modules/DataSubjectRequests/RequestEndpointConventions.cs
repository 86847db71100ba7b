namespace ComplianceHub.DataSubjectRequests;

/// <summary>
/// How a request endpoint is shown in the API and who may call it: its operation name, the module's tag, a summary,
/// its example, and the roles it requires.
/// </summary>
internal static class RequestEndpointConventions
{
    public const string Tag = "DataSubjectRequests";

    /// <summary>A command: answers 202 (<paramref name="accepted"/> is the example answer to <paramref name="example"/>).</summary>
    public static RouteHandlerBuilder AsRequestCommand(
        this RouteHandlerBuilder route, string name, string summary, object example, object accepted, string[] roles) =>
        route.Described(name, summary)
            .WithExample(example, accepted, StatusCodes.Status202Accepted)
            .RequireAuthorization(p => p.RequireRole(roles));

    /// <summary>A read, open to the <see cref="RequestRoles.Readers"/>.</summary>
    public static RouteHandlerBuilder AsRequestRead(this RouteHandlerBuilder route, string name, string summary, object example) =>
        route.Described(name, summary)
            .WithExample(null, example)
            .RequireAuthorization(p => p.RequireRole(RequestRoles.Readers));

    private static RouteHandlerBuilder Described(this RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name).WithTags(Tag).WithSummary(summary);
}
