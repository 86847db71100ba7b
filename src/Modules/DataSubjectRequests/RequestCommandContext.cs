using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.DataSubjectRequests;

/// <summary>
/// What every command on one request is given besides its id and body (bound with <c>[AsParameters]</c>): the caller,
/// the module's context and outbox, and the clock; its steps are <see cref="RequestLookup"/>'s, for this caller.
/// </summary>
internal sealed record RequestCommandContext(
    ClaimsPrincipal User,
    DataSubjectRequestsDbContext Db,
    IModuleOutbox<DataSubjectRequestsDbContext> Outbox,
    TimeProvider Clock,
    CancellationToken CancellationToken)
{
    public DateTimeOffset Now() => Instants.Normalize(Clock.GetUtcNow());

    public Task<DataSubjectRequest?> FindAsync(Guid id) => RequestLookup.FindAsync(Db, id, User, CancellationToken);

    /// <summary>A timeline entry by the caller.</summary>
    public void Timeline(Guid requestId, DateTimeOffset at, string kind, string detail) =>
        RequestLookup.Timeline(Db, requestId, at, kind, User.ActorId(), detail);

    public Task PublishAsync<TEvent>(TEvent happened)
        where TEvent : class =>
        Outbox.PublishEndpoint.Publish(happened, CancellationToken);

    public Task<RequestCommandResult> AcceptAsync(DataSubjectRequest request) =>
        RequestLookup.AcceptAsync(Db, request, CancellationToken);
}
