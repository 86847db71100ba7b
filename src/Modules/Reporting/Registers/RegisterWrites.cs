using System.Globalization;
using System.Text.Json;
using ComplianceHub.Shared.Audit;

namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// Saves a change to a register entry together with its <see cref="RegisterChange"/> row and its audit-trail entry, in
/// one transaction (the idempotency filter's, when a creating POST carries a key): the history an auditor reads can
/// never miss a change that happened (Art. 5(2), 30).
/// </summary>
internal sealed class RegisterWrites(ReportingDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public DateTimeOffset Now() => Instants.Normalize(clock.GetUtcNow());

    /// <summary>Today in UTC: the day dated fields (contracts, audits, safeguards) are checked against.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(Now().UtcDateTime);

    /// <summary>Adds a new entry (revision 1) with its history row; null when saved, else the conflict.</summary>
    public Task<ProblemHttpResult?> AddAsync<TEntry>(RegisterKind register, TEntry entry, object view, string actor, CancellationToken cancellationToken)
        where TEntry : class, IRegisterEntry
    {
        db.Add(entry);
        var snapshot = RegisterJson.Element(view);
        return SaveAsync(register, entry.OrganizationId, entry.Id, entry.Revision, ChangeAction.Created, actor, snapshot,
            RegisterJson.ContentFields(snapshot), cancellationToken);
    }

    /// <summary>
    /// Applies validated fields to an entry read at <paramref name="revision"/>. A change raises the revision and is saved
    /// with the fields it changed, after <paramref name="changed"/> (e.g. an outbox message) ran in its transaction; a
    /// request that changes nothing records nothing. Null when saved or unchanged, else the conflict.
    /// </summary>
    public async Task<ProblemHttpResult?> ReplaceAsync<TEntry>(
        RegisterKind register, TEntry entry, int? revision, Action<TEntry> apply, Func<TEntry, object> view, string actor,
        CancellationToken cancellationToken, Func<TEntry, Task>? changed = null)
        where TEntry : class, IRegisterEntry
    {
        if (revision != entry.Revision)
        {
            return Stale();
        }

        var before = RegisterJson.Element(view(entry));
        apply(entry);
        var changedFields = RegisterJson.ChangedFields(before, RegisterJson.Element(view(entry)));
        if (changedFields.Count == 0)
        {
            return null;
        }

        entry.Revision++;
        entry.UpdatedAt = Now();
        if (changed is not null)
        {
            await changed(entry);
        }

        return await SaveAsync(register, entry.OrganizationId, entry.Id, entry.Revision, ChangeAction.Updated, actor,
            RegisterJson.Element(view(entry)), changedFields, cancellationToken);
    }

    /// <summary>Removes an entry; its history row keeps the last version. Null when saved, else the conflict.</summary>
    public Task<ProblemHttpResult?> RemoveAsync<TEntry>(RegisterKind register, TEntry entry, object view, string actor, CancellationToken cancellationToken)
        where TEntry : class, IRegisterEntry
    {
        var snapshot = RegisterJson.Element(view);
        db.Remove(entry);
        return SaveAsync(register, entry.OrganizationId, entry.Id, entry.Revision, ChangeAction.Deleted, actor, snapshot,
            RegisterJson.ContentFields(snapshot), cancellationToken);
    }

    /// <summary>
    /// A replace as every register answers it: 404 for an entry the caller cannot see, 400 for a request that moves it
    /// to another organisation, names no revision or fails <paramref name="validate"/> (which answers how to apply the
    /// fields, or null), 409 for a stale revision, else 200 with <paramref name="answer"/>.
    /// </summary>
    public async Task<Results<Ok<TView>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync<TEntry, TView>(
        RegisterKind register, TEntry? entry, IRegisterRequest request, Func<TEntry, ValidationErrors, Task<Action<TEntry>?>> validate,
        Func<TEntry, object> snapshot, Func<TEntry, TView> answer, string actor, CancellationToken cancellationToken,
        Func<TEntry, Task>? changed = null)
        where TEntry : class, IRegisterEntry
    {
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors()
            .When(request.OrganizationId is { } org && org != entry.OrganizationId, OrganizationScope.Field, "An entry cannot move to another organisation.")
            .When(request.Revision is null, "revision", "Required: the revision last read.");
        var apply = await validate(entry, errors);
        if (!errors.IsValid || apply is null)
        {
            return errors.ToProblem();
        }

        if (await ReplaceAsync(register, entry, request.Revision, apply, snapshot, actor, cancellationToken, changed) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(answer(entry));
    }

    /// <summary>
    /// A removal as every register answers it: 404 for an entry the caller cannot see, 409 for the refusal
    /// <paramref name="before"/> answers (it may also publish the removal) or a concurrent change, else 204.
    /// </summary>
    public async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync<TEntry>(
        RegisterKind register, TEntry? entry, Func<TEntry, object> snapshot, string actor, CancellationToken cancellationToken,
        Func<TEntry, Task<ProblemHttpResult?>>? before = null)
        where TEntry : class, IRegisterEntry
    {
        if (entry is null)
        {
            return TypedResults.NotFound();
        }

        if (before is not null && await before(entry) is { } refused)
        {
            return refused;
        }

        if (await RemoveAsync(register, entry, snapshot(entry), actor, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.NoContent();
    }

    /// <summary>Null when saved; a 409 problem when the entry changed since it was read.</summary>
    private async Task<ProblemHttpResult?> SaveAsync(
        RegisterKind register, Guid organization, Guid entry, int revision, ChangeAction action, string actor,
        JsonElement snapshot, List<string> changedFields, CancellationToken cancellationToken)
    {
        var now = Now();
        db.RegisterChanges.Add(new RegisterChange
        {
            OrganizationId = organization,
            Register = register,
            EntryId = entry,
            Action = action,
            ChangedAt = now,
            ChangedBy = actor,
            ChangedFields = changedFields,
            Snapshot = snapshot.GetRawText(),
        });
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Stale();
        }

        await audit.AppendAsync(
            new AuditRecord(AuditTypes.RegisterChanged, actor, $"{RegisterPaths.Of(register)}/{entry}", new Dictionary<string, string?>
            {
                ["register"] = register.ToString(),
                ["action"] = action.ToString(),
                ["organizationId"] = organization.ToString(),
                ["revision"] = revision.ToString(CultureInfo.InvariantCulture),
                ["changedFields"] = string.Join(",", changedFields),
            },
            OrganizationId: organization),
            db,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public static ProblemHttpResult Stale() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The entry changed since it was read",
            detail: "Another change was saved after the revision this request names: read the entry again and reapply the change.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The register does not allow this", detail: detail);
}
