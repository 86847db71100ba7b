namespace ComplianceHub.Reporting.Registers;

/// <summary>
/// One change to a register entry, with the entry as it stood afterwards (before, for a deletion): the history
/// the Processing Activity Summary reports and an auditor reads (Art. 5(2), 30).
/// </summary>
internal sealed class RegisterChange
{
    public long Id { get; init; }

    public Guid OrganizationId { get; init; }

    public RegisterKind Register { get; init; }

    public Guid EntryId { get; init; }

    public ChangeAction Action { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>The caller's key or token subject, never a name.</summary>
    public required string ChangedBy { get; init; }

    /// <summary>The fields this change set or altered (API names).</summary>
    public required List<string> ChangedFields { get; init; }

    /// <summary>The entry as JSON, in the shape the API returns it.</summary>
    public required string Snapshot { get; init; }
}
