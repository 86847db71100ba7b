namespace ComplianceHub.Shared.Audit;

/// <summary>The chain head is not what the last append left: nothing is appended over it (ADR 0008).</summary>
public sealed class AuditChainTamperedException(string problem) : InvalidOperationException($"The audit chain was tampered with: {problem}. Appends are stopped.")
{
    public string Problem { get; } = problem;
}
