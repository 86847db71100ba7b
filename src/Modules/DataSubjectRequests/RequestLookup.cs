using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>What every command on one request shares: finding it within the caller's organisation and saving safely.</summary>
internal static class RequestLookup
{
    public static IQueryable<DataSubjectRequest> Visible(DataSubjectRequestsDbContext db, ClaimsPrincipal user)
    {
        var organization = OrganizationScope.ReadFilter(user);
        return organization is null ? db.Requests : db.Requests.Where(r => r.OrganizationId == organization);
    }

    /// <summary>The request with its pauses and tasks, tracked; null for an unknown id and another organisation's alike.</summary>
    public static Task<DataSubjectRequest?> FindAsync(DataSubjectRequestsDbContext db, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Visible(db, user).Include(r => r.Pauses).Include(r => r.Tasks).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The request is not in a state that allows this", detail: detail);

    public static ProblemHttpResult RespondedConflict() => Conflict("The request was already answered.");

    /// <summary>Why a command cannot change the request: 404 for an unknown id (or another organisation's), 409 once answered.</summary>
    public static bool CannotChange([NotNullWhen(false)] DataSubjectRequest? request, [NotNullWhen(true)] out RequestCommandResult? refusal)
    {
        if (request is null)
        {
            refusal = TypedResults.NotFound();
        }
        else if (request.Status == RequestStatus.Responded)
        {
            refusal = RespondedConflict();
        }
        else
        {
            refusal = null;
        }

        return refusal is not null;
    }

    public static void Timeline(DataSubjectRequestsDbContext db, Guid requestId, DateTimeOffset at, string kind, string actor, string detail) =>
        db.Timeline.Add(new TimelineEntry { RequestId = requestId, At = at, Kind = kind, Actor = actor, Detail = detail });

    /// <summary>Saves a command and answers 202 with the request's state; a concurrent command answers 409 (<see cref="SaveAsync"/>).</summary>
    public static async Task<RequestCommandResult> AcceptAsync(DataSubjectRequestsDbContext db, DataSubjectRequest request, CancellationToken cancellationToken) =>
        await SaveAsync(db, request, cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Accepted($"/api/v1/data-subject-requests/{request.Id}", RequestStateView.Of(request));

    /// <summary>Saves a command; of two concurrent commands on one request the second fails here (409, retry).</summary>
    public static async Task<ProblemHttpResult?> SaveAsync(DataSubjectRequestsDbContext db, DataSubjectRequest request, CancellationToken cancellationToken)
    {
        request.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict("The request changed while this command was processed; read it again and retry.");
        }
    }
}
