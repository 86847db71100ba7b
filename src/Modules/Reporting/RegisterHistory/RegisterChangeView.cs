using System.Text.Json;

namespace ComplianceHub.Reporting.RegisterHistory;

/// <summary>One change to a register entry, with the entry as it stood afterwards (before, for a deletion).</summary>
public sealed record RegisterChangeView
{
    public required long Id { get; init; }

    public required Guid OrganizationId { get; init; }

    /// <summary><c>ProcessingActivity</c>, <c>Transfer</c> or <c>Processor</c>.</summary>
    public required string Register { get; init; }

    public required Guid EntryId { get; init; }

    /// <summary><c>Created</c>, <c>Updated</c> or <c>Deleted</c>.</summary>
    public required string Action { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>The caller's key or token subject.</summary>
    public required string ChangedBy { get; init; }

    public required IReadOnlyList<string> ChangedFields { get; init; }

    /// <summary>The entry in the shape its GET answers (without computed assessments).</summary>
    public required JsonElement Snapshot { get; init; }
}
