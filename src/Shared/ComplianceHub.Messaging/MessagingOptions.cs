namespace ComplianceHub.Shared.Messaging;

/// <summary>Bound from <c>Messaging</c>.</summary>
public sealed class MessagingOptions : IValidatedOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Messages each receive endpoint takes from the broker ahead of processing.</summary>
    public int PrefetchCount { get; set; } = 16;

    /// <summary>RabbitMQ queue type of every receive endpoint. An existing queue keeps its type: changing it needs the queue deleted.</summary>
    public QueueType QueueType { get; set; } = QueueType.Quorum;

    /// <summary>Overrides by queue name (e.g. <c>Messaging:Endpoints:breach-reported:ConcurrentMessageLimit</c>).</summary>
    public Dictionary<string, EndpointOptions> Endpoints { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Transport", Transport),
            ConfigurationChecks.InRange($"{section}:PrefetchCount", PrefetchCount, 1, 10_000),
            ConfigurationChecks.Defined($"{section}:QueueType", QueueType),
            .. Endpoints.SelectMany(e => new[]
            {
                e.Value.PrefetchCount is { } prefetch ? ConfigurationChecks.InRange($"{section}:Endpoints:{e.Key}:PrefetchCount", prefetch, 1, 10_000) : null,
                e.Value.ConcurrentMessageLimit is { } limit ? ConfigurationChecks.InRange($"{section}:Endpoints:{e.Key}:ConcurrentMessageLimit", limit, 1, 10_000) : null,
            }),
            .. Transport == MessagingTransport.RabbitMq ? RabbitMq.Validate($"{section}:RabbitMq") : [],
        ];
        return errors.OfType<string>();
    }
}
