using ComplianceHub.Shared.Configuration;

namespace ComplianceHub.Shared.Messaging;

public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";

    /// <summary>0 means the protocol default: 5672, or 5671 with TLS.</summary>
    public int Port { get; set; }

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    public bool UseTls { get; set; }

    public int EffectivePort => Port != 0 ? Port : UseTls ? 5671 : 5672;

    internal IEnumerable<string?> Validate(string section)
    {
        yield return ConfigurationChecks.Required($"{section}:Host", Host);
        yield return ConfigurationChecks.InRange($"{section}:Port", Port, 0, 65535);
        yield return ConfigurationChecks.Required($"{section}:VirtualHost", VirtualHost);
        yield return ConfigurationChecks.Required($"{section}:Username", Username);
    }
}
