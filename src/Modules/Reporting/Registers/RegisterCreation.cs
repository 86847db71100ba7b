namespace ComplianceHub.Reporting.Registers;

/// <summary>A creation as every register answers it, beside <see cref="RegisterWrites.UpdateAsync{TEntry, TView}"/>.</summary>
internal static class RegisterCreation
{
    /// <summary>
    /// 400 for a request that names a revision, fails <paramref name="validate"/> (which answers how to apply the fields,
    /// or null) or <paramref name="check"/> (against the entry's organisation), or names an organisation the caller may
    /// not add to; else a new entry (its id, organisation and times stamped, at revision 1) is added with its history
    /// (<paramref name="snapshot"/>), after <paramref name="added"/> (e.g. an outbox message) ran in its transaction, and answered 201.
    /// </summary>
    public static async Task<Results<Created<TView>, ValidationProblem, ProblemHttpResult>> CreateAsync<TEntry, TView>(
        this RegisterWrites writes, RegisterKind register, IRegisterRequest request, ClaimsPrincipal user, OrganizationScope organizations,
        Func<ValidationErrors, Action<TEntry>?> validate, Func<TEntry, object> snapshot, Func<TEntry, TView> answer, string path, CancellationToken cancellationToken, Func<Guid, ValidationErrors, Task>? check = null, Func<TEntry, Task>? added = null)
        where TEntry : class, IRegisterEntry, new()
    {
        var errors = new ValidationErrors().When(request.Revision is not null, "revision", "Leave it out: a new entry starts at revision 1.");
        var apply = validate(errors);
        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        if (organization is { } org && check is not null)
        {
            await check(org, errors);
        }

        if (!errors.IsValid || apply is null || organization is null)
        {
            return errors.ToProblem();
        }

        var now = writes.Now();
        var entry = new TEntry { Id = Guid.CreateVersion7(now), OrganizationId = organization.Value, Revision = 1, CreatedAt = now, UpdatedAt = now };
        apply(entry);
        if (added is not null)
        {
            await added(entry);
        }

        if (await writes.AddAsync(register, entry, snapshot(entry), user.ActorId(), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/v1{path}/{entry.Id}", answer(entry));
    }
}
