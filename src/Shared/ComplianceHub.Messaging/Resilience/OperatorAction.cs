namespace ComplianceHub.Shared.Resilience;

/// <summary>The body of an operator's action: why it was taken (kept in history and the audit trail).</summary>
public sealed record OperatorAction(string? Reason)
{
    public const int MaxReasonLength = 500;
}
