namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>Retries used so far by one message, per kind of failure.</summary>
internal sealed class RetryBudget
{
    public int Transient { get; set; }

    public int Conflicts { get; set; }
}
