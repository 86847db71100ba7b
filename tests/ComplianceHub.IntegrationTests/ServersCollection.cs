namespace ComplianceHub.IntegrationTests;

/// <summary>Tests that stop and start the shared servers run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "Real RabbitMQ and PostgreSQL";
}
