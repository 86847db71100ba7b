using ComplianceHub.Breaches.Authorities;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Breaches.GetBreach;

internal static class GetBreachEndpoint
{
    public static void MapGetBreach(this IEndpointRouteBuilder api) =>
        api.MapGet("/breaches/{id:guid}", HandleAsync)
            .Describe("GetBreach", "A breach: state, risk, deadlines, lead and concerned authorities, notifications, Art. 34 communication and timeline.",
                BreachRoutes.Readers)
            .WithExample(null, BreachViewExamples.Detail(api.ServiceProvider.GetRequiredService<SupervisoryAuthorityCatalog>()));

    private static async Task<Results<Ok<BreachView>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, BreachesDbContext db, BreachProjection views, CancellationToken cancellationToken)
    {
        // Another organisation's breach answers exactly like one that does not exist.
        var breach = await BreachLookup.Visible(db, user).AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return breach is null ? TypedResults.NotFound() : TypedResults.Ok(await views.DetailAsync(breach, cancellationToken));
    }
}
