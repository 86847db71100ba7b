namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// What one register differs in: its entries, how a request becomes fields to apply, what it answers and keeps in its
/// history, and what its changes tell other modules. <see cref="RegisterHandlers{TEntry, TRequest, TView}"/> creates,
/// reads, replaces and removes alike for every register through <see cref="RegisterWrites"/>.
/// </summary>
internal abstract class Register<TEntry, TRequest, TView>
    where TEntry : class, IRegisterEntry, new()
    where TRequest : class, IRegisterRequest
    where TView : class
{
    public abstract RegisterKind Kind { get; }

    /// <summary>Every organisation's entries; a handler reads only the <see cref="Visible"/> ones.</summary>
    protected abstract IQueryable<TEntry> Entries { get; }

    /// <summary>The checks on the body: how to apply its fields, or null when anything is invalid.</summary>
    public abstract Action<TEntry>? Validate(TRequest request, ValidationErrors errors);

    /// <summary>The checks against the entry's organisation (e.g. the entries it names), after <see cref="Validate"/>.</summary>
    public virtual Task CheckAsync(TRequest request, Guid organization, ValidationErrors errors, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The entry as stored: what history snapshots keep.</summary>
    public abstract TView Snapshot(TEntry entry);

    /// <summary>The entry as the API answers it.</summary>
    public virtual TView Answer(TEntry entry) => Snapshot(entry);

    /// <summary>Runs in the transaction that adds the entry.</summary>
    public virtual Task AddedAsync(TEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs in the transaction that saves a change of the entry.</summary>
    public virtual Task ChangedAsync(TEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before the entry is removed: the refusal (409), or null to remove it.</summary>
    public virtual Task<ProblemHttpResult?> RemovingAsync(TEntry entry, CancellationToken cancellationToken) =>
        Task.FromResult<ProblemHttpResult?>(null);

    public IQueryable<TEntry> Visible(ClaimsPrincipal user) => RegisterScope.Visible(Entries, user);
}
