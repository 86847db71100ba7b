namespace ComplianceHub.Breaches;

/// <summary>What every command on one breach shares: finding it within the caller's organisation and saving safely.</summary>
internal static class BreachLookup
{
    /// <summary>The breaches the caller may see: their organisation's, or every one for a platform caller.</summary>
    public static IQueryable<Breach> Visible(BreachesDbContext db, ClaimsPrincipal user)
    {
        var organization = OrganizationScope.ReadFilter(user);
        return organization is null ? db.Breaches : db.Breaches.Where(b => b.OrganizationId == organization);
    }

    /// <summary>The breach, tracked; null for an unknown id and for another organisation's breach alike.</summary>
    public static Task<Breach?> FindAsync(BreachesDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Visible(db, user).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The breach is not in a state that allows this", detail: detail);

    public static ProblemHttpResult ClosedConflict() => Conflict("The breach is closed.");

    /// <summary>
    /// Saves a recorded command. The breach's revision changes with every command, so of two concurrent commands on
    /// one breach the second fails here (409, retry) instead of both passing their checks on the same old state.
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveAsync(BreachesDbContext db, Breach breach, CancellationToken cancellationToken)
    {
        breach.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or the unique (breach, authority, phase) key of a duplicate notification.
            return Conflict("The breach changed while this request was processed; read it again and retry.");
        }
    }
}
