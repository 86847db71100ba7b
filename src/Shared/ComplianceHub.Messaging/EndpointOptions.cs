namespace ComplianceHub.Shared.Messaging;

/// <summary>Per receive endpoint (queue) overrides, bound from <c>Messaging:Endpoints:{queue-name}</c>.</summary>
public sealed class EndpointOptions
{
    /// <summary>Messages taken from the broker ahead of processing; unset = <c>Messaging:PrefetchCount</c>.</summary>
    public int? PrefetchCount { get; set; }

    /// <summary>Messages processed at once on this endpoint; unset = the prefetch count.</summary>
    public int? ConcurrentMessageLimit { get; set; }

    /// <summary>
    /// Per-key ordered processing (the seed's "message sessions"): messages with the same partition key are consumed
    /// one after another in queue order, different keys concurrently; on RabbitMQ one host at a time consumes the
    /// queue (single active consumer) and the others stand by.
    /// </summary>
    public bool Ordered { get; set; }
}
