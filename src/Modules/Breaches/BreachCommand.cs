namespace ComplianceHub.Breaches;

/// <summary>
/// The outline every command on one breach follows, in this order: the request's own checks (400), the breach within
/// the caller's organisation (404), checks against the breach (400), a closed breach refuses (409), the command's own
/// refusal (409), then the change is recorded and saved (a concurrent change answers 409) and answered 202.
/// </summary>
internal static class BreachCommand
{
    public static async Task<Results<Accepted<TAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> RunAsync<TAnswer>(
        BreachesDbContext db, Guid id, ClaimsPrincipal user, ValidationErrors errors, BreachCommandSteps<TAnswer> steps,
        CancellationToken cancellationToken)
    {
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var breach = await BreachLookup.FindAsync(db, id, user, cancellationToken);
        if (breach is null)
        {
            return TypedResults.NotFound();
        }

        if (steps.Validate is not null)
        {
            await steps.Validate(breach);
            if (!errors.IsValid)
            {
                return errors.ToProblem();
            }
        }

        if (breach.ClosedAt is not null)
        {
            return BreachLookup.ClosedConflict();
        }

        if (steps.Refusal is not null && await steps.Refusal(breach) is { } refusal)
        {
            return BreachLookup.Conflict(refusal);
        }

        var answer = await steps.Record(breach);
        if (await BreachLookup.SaveAsync(db, breach, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Accepted($"/api/v1/breaches/{breach.Id}", answer);
    }
}
