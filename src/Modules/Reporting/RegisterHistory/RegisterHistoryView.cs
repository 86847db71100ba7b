namespace ComplianceHub.Reporting.RegisterHistory;

/// <summary>Every change to one register entry, oldest first; it outlives the entry's deletion.</summary>
public sealed record RegisterHistoryView(Guid EntryId, string Register, IReadOnlyList<RegisterChangeView> Changes);
