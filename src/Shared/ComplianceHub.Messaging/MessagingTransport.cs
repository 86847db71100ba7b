namespace ComplianceHub.Shared.Messaging;

public enum MessagingTransport
{
    /// <summary>The embedded default: one process, no broker.</summary>
    InMemory = 1,
    RabbitMq = 2,
}
