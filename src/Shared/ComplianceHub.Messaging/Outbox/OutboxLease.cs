namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>
/// Which host dispatches a module's outbox. One holder at a time keeps per-key order across hosts and means two
/// hosts never deliver the same row; another host takes over when the lease is not renewed.
/// </summary>
public sealed class OutboxLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
