namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// The five routes every register has (create, list, read, replace, remove): readers list and read, writers change; a
/// create takes an idempotency key. The handlers save every change through <see cref="RegisterWrites"/>.
/// </summary>
internal static class RegisterEndpoints
{
    public static void MapRegister(this IEndpointRouteBuilder api, RegisterRoutes routes)
    {
        var path = "/" + routes.Path;
        var byId = path + "/{id:guid}";
        api.MapPost(path, routes.Create).WithIdempotency<ReportingDbContext>().WithName("Create" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.CreateSummary)
            .WithExample(routes.Examples.Create, routes.Examples.View, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapGet(path, routes.List).WithName("List" + routes.Entries).WithTags("Registers")
            .WithSummary(routes.ListSummary)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapGet(byId, routes.Get).WithName("Get" + routes.Entry).WithTags("Registers")
            .WithExample(null, routes.Examples.View)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Readers));
        api.MapPut(byId, routes.Update).WithName("Update" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.UpdateSummary)
            .WithExample(routes.Examples.Update, routes.Examples.UpdatedView)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
        api.MapDelete(byId, routes.Delete).WithName("Delete" + routes.Entry).WithTags("Registers")
            .WithSummary(routes.DeleteSummary)
            .RequireAuthorization(p => p.RequireRole(RegisterRoles.Writers));
    }
}
