using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Messaging;

/// <summary>Bound from <c>Messaging</c>.</summary>
public sealed class MessagingOptions : IValidatedOptions
{
    public const string Section = "Messaging";

    public MessagingTransport Transport { get; set; } = MessagingTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Messages each receive endpoint takes from the broker ahead of processing.</summary>
    public int PrefetchCount { get; set; } = 16;

    /// <summary>
    /// Delays between consume attempts, in milliseconds, comma-separated. Each attempt gets a new scope and DbContext,
    /// so a lost race (concurrency conflict, duplicate inbox insert) is retried, never lost.
    /// </summary>
    public string RetryIntervals { get; set; } = "100,500,1000,2000,5000";

    public int[] RetryIntervalsMilliseconds =>
        [.. RetryIntervals.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];

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
            RetryIntervals.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .All(v => int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms is >= 0 and <= 3_600_000)
                ? null
                : $"{section}:RetryIntervals must be comma-separated milliseconds between 0 and 3600000 (was '{RetryIntervals}').",
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
