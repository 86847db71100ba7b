namespace ComplianceHub.DataSubjectRequests.GetRequest;

internal static class GetRequestEndpoint
{
    public static void MapGetRequest(this IEndpointRouteBuilder api) =>
        api.MapGet("/data-subject-requests/{id:guid}", HandleAsync)
            .WithName("GetDataSubjectRequest")
            .WithTags("DataSubjectRequests")
            .WithSummary("One request: status, deadline, extension, pauses, tasks and timeline.")
            .WithExample(null, RequestViewExamples.Detail)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst, Roles.Auditor));

    private static async Task<Results<Ok<RequestView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, DataSubjectRequestsDbContext db, RequestProjection views, CancellationToken cancellationToken)
    {
        var request = await RequestLookup.FindAsync(db, id, user, cancellationToken);
        return request is null ? TypedResults.NotFound() : TypedResults.Ok(await views.ViewAsync(request, withTimeline: true, cancellationToken));
    }
}
