namespace ComplianceHub.Bench;

/// <summary>The effect row the consumer writes for each message, in the same transaction as its inbox row.</summary>
public sealed class BenchEffect
{
    public Guid Id { get; set; }

    public DateTimeOffset ConsumedAt { get; set; }
}
