namespace ComplianceHub.Testing.Ledger;

/// <summary>A message no ledger consumer handles (sent straight to a queue, it is skipped).</summary>
public sealed record Unhandled(Guid Id);
