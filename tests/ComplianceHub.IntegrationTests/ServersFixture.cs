using ComplianceHub.Testing;

namespace ComplianceHub.IntegrationTests;

/// <summary>One PostgreSQL cluster and one RabbitMQ node for the whole collection; each test takes its own database and virtual host.</summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;

    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync();
        var rabbit = RabbitMqServer.StartAsync();
        Postgres = await postgres;
        RabbitMq = await rabbit;
    }

    public async Task DisposeAsync()
    {
        if (RabbitMq is not null)
        {
            await RabbitMq.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }

    /// <summary>Settings for a host on a fresh database and virtual host of these servers.</summary>
    public async Task<Dictionary<string, string>> FreshHostSettingsAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:ComplianceHub"] = await Postgres.CreateDatabaseAsync(name),
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "127.0.0.1",
            ["Messaging:RabbitMq:Port"] = RabbitMq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMq:VirtualHost"] = await RabbitMq.CreateVirtualHostAsync(name),
        };
    }
}
