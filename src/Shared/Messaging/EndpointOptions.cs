namespace ComplianceHub.Shared.Messaging;

/// <summary>Per receive endpoint (queue) overrides, bound from <c>Messaging:Endpoints:{queue-name}</c>.</summary>
public sealed class EndpointOptions
{
    /// <summary>Messages taken from the broker ahead of processing; unset = <c>Messaging:PrefetchCount</c>.</summary>
    public int? PrefetchCount { get; set; }

    /// <summary>Messages processed at once on this endpoint; unset = the prefetch count.</summary>
    public int? ConcurrentMessageLimit { get; set; }
}
