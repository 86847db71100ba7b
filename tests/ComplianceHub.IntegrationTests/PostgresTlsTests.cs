namespace ComplianceHub.IntegrationTests;

/// <summary>The host's database connections over TLS, configured by the connection string alone (Art. 32(1)(a)).</summary>
/// <remarks>In the servers collection: never beside the load tests, which starve a 2-core machine.</remarks>
[Collection(ServersCollection.Name)]
public sealed class PostgresTlsTests(ServersFixture servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_host_works_against_a_tls_only_database_with_a_verified_certificate_and_a_plain_connection_is_refused()
    {
        await using var postgres = await PostgresServer.StartWithTlsAsync();
        var database = "t" + Guid.NewGuid().ToString("N")[..12];
        await postgres.CreateDatabaseAsync(database);
        var settings = await servers.FreshHostSettingsAsync();
        settings["ConnectionStrings:ComplianceHub"] = postgres.VerifiedTlsConnectionString(database);
        settings["Database:MigrateOnStartup"] = "true";
        await using var host = new HostProcess(settings);
        await host.StartReadyAsync(Patience);

        var accepted = await Breaches.ReportAsync(host.Client, "DE");
        var id = accepted.GetProperty("id").GetString()!;
        var breach = await host.Client.GetFromJsonAsync<JsonElement>($"/api/v1/breaches/{id}");
        Assert.Equal(id, breach.GetProperty("id").GetString());
        Assert.True((await Breaches.WaitForAlertAsync(host.Client, id, Patience)).HasValue, "No alert was raised.\n" + host.Output);

        var sessions = await HostSessionsAsync(postgres, database);
        Assert.NotEmpty(sessions);
        Assert.All(sessions, s => Assert.True(s.Ssl, $"A connection of the host ({s.Application}) is not encrypted."));

        // Without TLS the server refuses the connection before any password or query.
        var plain = await Assert.ThrowsAsync<PostgresException>(() => OpenAsync($"{postgres.ConnectionString(database)};SSL Mode=Disable"));
        Assert.Equal(PostgresErrorCodes.InvalidAuthorizationSpecification, plain.SqlState);

        // A certificate from a CA the client does not trust is refused by the client.
        var stranger = ThrowawayCa.Create(Directory.CreateTempSubdirectory("ch-stranger-ca-").FullName);
        try
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => OpenAsync(
                $"{postgres.ConnectionString(database)};SSL Mode=VerifyFull;Root Certificate={stranger.CaCertificatePath}"));
        }
        finally
        {
            Directory.Delete(stranger.Directory, recursive: true);
        }
    }

    private static async Task OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
    }

    /// <summary>Every session on the host's database but this one, with whether pg_stat_ssl reports it encrypted.</summary>
    private static async Task<List<(bool Ssl, string Application)>> HostSessionsAsync(PostgresServer postgres, string database)
    {
        await using var connection = new NpgsqlConnection(postgres.VerifiedTlsConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT s.ssl, coalesce(a.application_name, '') FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) " +
            "WHERE a.datname = @database AND a.pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("database", database);
        await using var reader = await command.ExecuteReaderAsync();
        var sessions = new List<(bool, string)>();
        while (await reader.ReadAsync())
        {
            sessions.Add((reader.GetBoolean(0), reader.GetString(1)));
        }

        return sessions;
    }
}
