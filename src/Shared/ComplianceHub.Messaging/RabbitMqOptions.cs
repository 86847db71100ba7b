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

    /// <summary>With TLS: a PEM file of the private CA that signed the broker's certificate (unset: the system's roots).</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>
    /// Allows the broker's default <c>guest</c>/<c>guest</c> account or plain AMQP to a broker that is not on loopback
    /// (a workstation's containers). Off: such a configuration stops the host at start (Art. 32: credentials and message
    /// metadata would cross the network in clear, or anyone could log in).
    /// </summary>
    public bool AllowInsecure { get; set; }

    public int EffectivePort => Port != 0 ? Port : UseTls ? 5671 : 5672;

    /// <summary>A RabbitMQ.Client connection factory for the host's own side connections (metrics, draining), named in the broker's UI.</summary>
    public RabbitMQ.Client.ConnectionFactory ConnectionFactory(string clientName) => new()
    {
        HostName = Host,
        Port = EffectivePort,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = clientName,
        Ssl = new RabbitMQ.Client.SslOption(Host, enabled: UseTls)
        {
            CertificateValidationCallback = UseTls ? BrokerCertificateValidation.For(CaCertificatePath) : null,
        },
    };

    internal IEnumerable<string?> Validate(string section)
    {
        yield return ConfigurationChecks.Required($"{section}:Host", Host);
        yield return ConfigurationChecks.InRange($"{section}:Port", Port, 0, 65535);
        yield return ConfigurationChecks.Required($"{section}:VirtualHost", VirtualHost);
        yield return ConfigurationChecks.Required($"{section}:Username", Username);
        if (!AllowInsecure && !LoopbackHost.Is(Host))
        {
            yield return string.Equals(Username, "guest", StringComparison.Ordinal) && string.Equals(Password, "guest", StringComparison.Ordinal)
                ? $"{section}:Username / Password: the default guest/guest account is refused for a broker that is not on loopback ('{Host}'); create a user, or set {section}:AllowInsecure=true for a local test setup."
                : null;
            yield return UseTls
                ? null
                : $"{section}:UseTls must be true for a broker that is not on loopback ('{Host}'): plain AMQP sends credentials in clear; set {section}:AllowInsecure=true only for a local test setup.";
        }

        yield return CaCertificatePath is { Length: > 0 } path && !File.Exists(path)
            ? $"{section}:CaCertificatePath: no file at '{path}'."
            : null;
    }
}
