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

    public IEnumerable<string> Validate(string section)
    {
        IEnumerable<string?> errors =
        [
            ConfigurationChecks.Defined($"{section}:Transport", Transport),
            ConfigurationChecks.InRange($"{section}:PrefetchCount", PrefetchCount, 1, 10_000),
            .. Transport == MessagingTransport.RabbitMq ? RabbitMq.Validate($"{section}:RabbitMq") : [],
        ];
        return errors.OfType<string>();
    }
}
