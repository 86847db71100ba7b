using ComplianceHub.Shared.MessageSecurity;
using ComplianceHub.Shared.Messaging.Outbox;

namespace ComplianceHub.Breaches;

/// <summary>
/// What every command on one breach is given besides its id and body (bound with <c>[AsParameters]</c>): the caller,
/// the module's context and outbox, the protector for free text and the clock.
/// </summary>
internal sealed record BreachCommandContext(
    ClaimsPrincipal User,
    BreachesDbContext Db,
    IModuleOutbox<BreachesDbContext> Outbox,
    PersonalDataProtector PersonalData,
    TimeProvider Clock,
    CancellationToken CancellationToken)
{
    public DateTimeOffset Now() => Instants.Normalize(Clock.GetUtcNow());

    /// <summary>Runs the command through <see cref="BreachCommand"/>'s outline.</summary>
    public Task<Results<Accepted<TAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> RunAsync<TAnswer>(
        Guid id, ValidationErrors errors, BreachCommandSteps<TAnswer> steps) =>
        BreachCommand.RunAsync(Db, id, User, errors, steps, CancellationToken);

    /// <summary>The change's timeline entry by the caller, and its event through the outbox (saved with the change).</summary>
    public Task RecordAsync<TEvent>(Breach breach, DateTimeOffset at, string kind, string detail, TEvent happened)
        where TEvent : class
    {
        BreachTimeline.Add(Db, breach.Id, at, kind, User.ActorId(), detail);
        return Outbox.PublishEndpoint.Publish(happened, CancellationToken);
    }
}
