namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// The create, read, replace and remove handlers of every register, on what its <see cref="Register{TEntry, TRequest, TView}"/>
/// differs in; each change is recorded through <see cref="RegisterWrites"/> (ADR 0013).
/// </summary>
internal static class RegisterHandlers<TEntry, TRequest, TView>
    where TEntry : class, IRegisterEntry, new()
    where TRequest : class, IRegisterRequest
    where TView : class
{
    public static Task<Results<Created<TView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TRequest request, ClaimsPrincipal user, OrganizationScope organizations, RegisterWrites writes,
        Register<TEntry, TRequest, TView> register, CancellationToken cancellationToken) =>
        writes.CreateAsync<TEntry, TView>(
            register.Kind, request, user, organizations, errors => register.Validate(request, errors),
            register.Snapshot, register.Answer, "/" + RegisterPaths.Of(register.Kind), cancellationToken,
            check: (organization, errors) => register.CheckAsync(request, organization, errors, cancellationToken),
            added: entry => register.AddedAsync(entry, cancellationToken));

    public static async Task<Results<Ok<TView>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, Register<TEntry, TRequest, TView> register, CancellationToken cancellationToken)
    {
        // Another organisation's entry answers exactly like one that does not exist.
        var entry = await register.Visible(user).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entry is null ? TypedResults.NotFound() : TypedResults.Ok(register.Answer(entry));
    }

    public static async Task<Results<Ok<TView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, TRequest request, ClaimsPrincipal user, RegisterWrites writes, Register<TEntry, TRequest, TView> register,
        CancellationToken cancellationToken) =>
        await writes.UpdateAsync(
            register.Kind, await register.Visible(user).SingleOrDefaultAsync(e => e.Id == id, cancellationToken), request,
            async (entry, errors) =>
            {
                var apply = register.Validate(request, errors);
                await register.CheckAsync(request, entry.OrganizationId, errors, cancellationToken);
                return apply;
            },
            register.Snapshot, register.Answer, user.ActorId(), cancellationToken,
            changed: entry => register.ChangedAsync(entry, cancellationToken));

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, RegisterWrites writes, Register<TEntry, TRequest, TView> register, CancellationToken cancellationToken) =>
        await writes.DeleteAsync(
            register.Kind, await register.Visible(user).SingleOrDefaultAsync(e => e.Id == id, cancellationToken),
            register.Snapshot, user.ActorId(), cancellationToken,
            before: entry => register.RemovingAsync(entry, cancellationToken));
}
