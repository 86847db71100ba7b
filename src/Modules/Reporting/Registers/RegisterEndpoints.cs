namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// The five routes every register has (create, list, read, replace, remove): readers list and read, writers change; a
/// create takes an idempotency key. The handlers (<see cref="RegisterHandlers{TEntry, TRequest, TView}"/>) save every
/// change through <see cref="RegisterWrites"/>.
/// </summary>
internal static class RegisterEndpoints
{
    public static void MapRegister<TEntry, TRequest, TView>(this IEndpointRouteBuilder api, RegisterRoutes routes)
        where TEntry : class, IRegisterEntry, new()
        where TRequest : class, IRegisterRequest
        where TView : class
    {
        var path = "/" + routes.Path;
        var byId = path + "/{id:guid}";
        api.MapPost(path, RegisterHandlers<TEntry, TRequest, TView>.CreateAsync).WithIdempotency<ReportingDbContext>().WithName("Create" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.CreateSummary)
            .WithExample(routes.Examples.Create, routes.Examples.View, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(path, routes.List).WithName("List" + routes.Entries).WithTags("Registers")
            .WithSummary(routes.ListSummary)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(byId, RegisterHandlers<TEntry, TRequest, TView>.GetAsync).WithName("Get" + routes.Entry).WithTags("Registers")
            .WithExample(null, routes.Examples.View)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(byId, RegisterHandlers<TEntry, TRequest, TView>.UpdateAsync).WithName("Update" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.UpdateSummary)
            .WithExample(routes.Examples.Update, routes.Examples.UpdatedView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(byId, RegisterHandlers<TEntry, TRequest, TView>.DeleteAsync).WithName("Delete" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.DeleteSummary)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }
}
