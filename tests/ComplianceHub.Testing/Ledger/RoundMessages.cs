namespace ComplianceHub.Testing.Ledger;

public sealed record OpenRound(Guid RoundId, int ReminderAfterMilliseconds);

public sealed record AdvanceRound(Guid RoundId);

public sealed record CloseRound(Guid RoundId);

public sealed record RoundReminder(Guid RoundId);
