namespace ComplianceHub.DataSubjectRequests.GetRequest;

internal static class GetRequestEndpoint
{
    public static void MapGetRequest(this IEndpointRouteBuilder api) =>
        api.MapGet("/data-subject-requests/{id:guid}", HandleAsync)
            .AsRequestRead("GetDataSubjectRequest", "One request: status, deadline, extension, pauses, tasks and timeline.", RequestViewExamples.Detail);

    private static async Task<Results<Ok<RequestView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, DataSubjectRequestsDbContext db, RequestProjection views, CancellationToken cancellationToken)
    {
        var request = await RequestLookup.FindAsync(db, id, user, cancellationToken);
        return request is null ? TypedResults.NotFound() : TypedResults.Ok(await views.ViewAsync(request, withTimeline: true, cancellationToken));
    }
}
